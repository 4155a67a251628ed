package org.publicitydesk.calendar;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A lease in the database (pd_lease) so that scheduled work runs on one node of a cluster at a time: a node holds
 * the named lease until it expires, and takes it over only after that.
 */
@Component
public class ClusterLease {

  private final JdbcTemplate jdbc;
  private final String node = UUID.randomUUID().toString();

  public ClusterLease(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public boolean tryAcquire(String name, Duration duration) {
    Instant now = Instant.now();
    Timestamp until = Timestamp.from(now.plus(duration));
    int taken = jdbc.update("update pd_lease set holder = ?, until = ? where name = ? and (until < ? or holder = ?)",
        node, until, name, Timestamp.from(now), node);
    if (taken == 1) {
      return true;
    }
    try {
      return jdbc.update("insert into pd_lease (name, holder, until) select ?, ?, ? where not exists "
          + "(select 1 from pd_lease where name = ?)", name, node, until, name) == 1;
    } catch (DataIntegrityViolationException e) {
      return false;
    }
  }
}
