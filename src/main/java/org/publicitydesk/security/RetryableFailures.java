package org.publicitydesk.security;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Failures the caller can retry, recognised anywhere in a cause chain: the database cannot be reached (503, nothing
 * was stored) and a race lost to another user on the same task (409, the other user's work is kept).
 */
public final class RetryableFailures {

  public static final String MESSAGE = "数据库暂时无法连接,本次操作没有保存;请稍后重试 (database unavailable, retry later)";
  public static final String RETRY_AFTER = "10";
  public static final String LOST_RACE = "该任务已被他人处理或正在处理,您的提交没有保存;请刷新任务列表后查看 "
      + "(the task was completed or claimed by someone else)";
  public static final String BUSY = "同一内容正由他人(或您在另一个窗口)提交,本次操作没有保存;请稍后刷新查看 (concurrent change)";

  private RetryableFailures() {
  }

  public static boolean databaseUnavailable(Throwable exception) {
    for (Throwable t = exception; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
          || t instanceof SQLRecoverableException || t instanceof CannotCreateTransactionException
          || t instanceof DataAccessResourceFailureException
          || t instanceof java.net.SocketException || t instanceof org.hibernate.exception.JDBCConnectionException
          || connectionState(t) || failedRollback(t)) {
        return true;
      }
    }
    return false;
  }

  /** The connection died under a transaction: its rollback failed (and the original failure was overridden). */
  private static boolean failedRollback(Throwable t) {
    return t instanceof org.hibernate.TransactionException && String.valueOf(t.getMessage()).contains("rollback");
  }

  /** SQLSTATE class 08 (connection exception) and 57P (the server shutting down or restarting). */
  private static boolean connectionState(Throwable t) {
    return t instanceof java.sql.SQLException s && s.getSQLState() != null
        && (s.getSQLState().startsWith("08") || s.getSQLState().startsWith("57P"));
  }

  /**
   * The Chinese message for a race lost to another user, or null: the task was completed or claimed first
   * (Camunda's optimistic locking), is gone already, or the same row is being written by another request right now
   * (a lock wait that timed out).
   */
  public static String lostRace(Throwable exception) {
    for (Throwable t = exception; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof OptimisticLockingException || t instanceof TaskAlreadyClaimedException
          || t instanceof NullValueException && String.valueOf(t.getMessage()).startsWith("Cannot find task")) {
        return LOST_RACE;
      }
      if (t instanceof PessimisticLockingFailureException) {
        return BUSY;
      }
    }
    return null;
  }
}
