package org.publicitydesk.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the application and the engine send to the database (every execute, every batched row),
 * through a proxy around the {@link DataSource} bean: a load-independent measure of what a lifecycle costs.
 */
final class StatementCounter implements BeanPostProcessor {

  static final AtomicLong STATEMENTS = new AtomicLong();
  /** The connection's methods that make statements (a set: a regex per call was the bench's own cost on both sides). */
  private static final java.util.Set<String> STATEMENT_FACTORIES =
      java.util.Set.of("prepareStatement", "createStatement", "prepareCall");
  /** The same count by kind of statement (verb and table, e.g. {@code insert ACT_HI_DETAIL}), for profiling. */
  static final java.util.Map<String, java.util.concurrent.atomic.LongAdder> BY_KIND =
      new java.util.concurrent.ConcurrentHashMap<>();
  /** A copy of {@link #BY_KIND}'s counts. */
  static java.util.Map<String, Long> byKind() {
    java.util.Map<String, Long> copy = new java.util.HashMap<>();
    BY_KIND.forEach((kind, count) -> copy.put(kind, count.sum()));
    return copy;
  }

  /** The kind of each SQL text, parsed once (a regex per statement was a tenth of the import's CPU in a profile). */
  private static final java.util.Map<String, String> KINDS = new java.util.concurrent.ConcurrentHashMap<>();

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof DataSource ds && !Proxy.isProxyClass(bean.getClass())) {
      return proxy(DataSource.class, ds, (target, method, args) -> {
        Object result = invoke(target, method, args);
        return result instanceof Connection c ? connection(c) : result;
      });
    }
    return bean;
  }

  private static Connection connection(Connection c) {
    return proxy(Connection.class, c, (target, method, args) -> {
      Object result = invoke(target, method, args);
      if (result instanceof Statement s && STATEMENT_FACTORIES.contains(method.getName())) {
        return statement(s, args != null && args.length > 0 && args[0] instanceof String sql ? sql : null);
      }
      return result;
    });
  }

  private static Statement statement(Statement s, String prepared) {
    Class<? extends Statement> type = s instanceof java.sql.CallableStatement ? java.sql.CallableStatement.class
        : s instanceof java.sql.PreparedStatement ? java.sql.PreparedStatement.class : Statement.class;
    Statement[] self = new Statement[1];
    self[0] = proxy(type, s, (target, method, args) -> {
      String name = method.getName();
      if (name.equals("addBatch") || (name.startsWith("execute") && !name.equals("executeBatch"))) {
        STATEMENTS.incrementAndGet();
        String sql = prepared != null ? prepared : args != null && args.length > 0 && args[0] instanceof String q ? q : "";
        BY_KIND.computeIfAbsent(KINDS.computeIfAbsent(sql, StatementCounter::kind),
            k -> new java.util.concurrent.atomic.LongAdder()).increment();
      }
      Object result = invoke(target, method, args);
      return result instanceof ResultSet r ? resultSet(r, self[0]) : result;
    });
    return self[0];
  }

  /**
   * A result set that names this proxy as its statement: Hibernate files each result set under
   * {@code getStatement()} and closes that statement again at the end of the transaction; naming the pool's statement
   * (already closed through this proxy) made H2 throw and trace "The object is already closed [90007]" each time.
   */
  private static ResultSet resultSet(ResultSet r, Statement statement) {
    return proxy(ResultSet.class, r, (target, method, args) ->
        method.getName().equals("getStatement") ? statement : invoke(target, method, args));
  }

  static String kind(String sql) {
    String[] words = sql.strip().toLowerCase().split("[\\s(),]+");
    for (int i = 1; i + 1 < words.length; i++) {
      if (words[0].equals("update") || words[i].equals("from") || words[i].equals("into")) {
        return words[0] + " " + words[words[0].equals("update") ? 1 : i + 1].toUpperCase();
      }
    }
    return words[0];
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<? extends T> type, T target, Handler handler) {
    InvocationHandler h = (p, method, args) -> {
      if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> c && c.isInstance(target)) {
        return target;
      }
      return handler.handle(target, method, args);
    };
    return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, h);
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @FunctionalInterface
  private interface Handler {
    Object handle(Object target, Method method, Object[] args) throws Throwable;
  }
}
