package org.publicitydesk.scoring.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.publicitydesk.calendar.BusinessClock;
import org.publicitydesk.calendar.ChineseDate;
import org.publicitydesk.notification.Notice;
import org.publicitydesk.notification.Notifications;
import org.publicitydesk.organization.OrganizationDirectory.UnitInfo;
import org.publicitydesk.scoring.Ledger.Booking;
import org.springframework.stereotype.Component;

/**
 * Issue 15, "notifications that arrive": when a booking changes a unit's points (an article scored, a settlement, an
 * opinion report, a correction), the people concerned hear of it — the unit's heads and the informant each changed
 * line names (all the unit's informants for a line that names none, e.g. R8). One notice per unit and booking, with
 * the net change and the lines; nothing when the total of the unit does not change, nor for imported history
 * (lines with an {@code externalId}).
 */
@Component
class PointsNotices {

  static final String KIND = "POINTS";

  private final Notifications notifications;
  private final BusinessClock clock;

  PointsNotices(Notifications notifications, BusinessClock clock) {
    this.notifications = notifications;
    this.clock = clock;
  }

  /** The units are looked up through {@code unitInfo} (the ledger asks once per unit and booking call). */
  void booked(List<Booking> before, List<Booking> after,
      java.util.function.Function<String, java.util.Optional<UnitInfo>> unitInfo) {
    List<Booking> added = minus(after, before);
    List<Booking> removed = minus(before, after);
    Set<String> units = new TreeSet<>();
    Stream.concat(added.stream(), removed.stream()).forEach(b -> units.add(b.unitCode()));
    for (String unit : units) {
      List<Booking> in = added.stream().filter(b -> b.unitCode().equals(unit)).toList();
      List<Booking> out = removed.stream().filter(b -> b.unitCode().equals(unit)).toList();
      int net = in.stream().mapToInt(Booking::points).sum() - out.stream().mapToInt(Booking::points).sum();
      boolean history = Stream.concat(in.stream(), out.stream()).allMatch(b -> b.externalId() != null);
      if (net != 0 && !history) {
        unitInfo.apply(unit).ifPresent(u -> send(u, net, in, out));
      }
    }
  }

  private void send(UnitInfo unit, int net, List<Booking> in, List<Booking> out) {
    LocalDate today = clock.today();
    Set<String> recipients = new LinkedHashSet<>();
    recipients.addAll(unit.headsOn(today));
    for (Booking b : Stream.concat(in.stream(), out.stream()).toList()) {
      if (b.informant() != null) {
        recipients.add(b.informant());
      } else {
        recipients.addAll(unit.informantsOn(today));
      }
    }
    StringBuilder body = new StringBuilder(unit.name()).append("积分").append(signed(net)).append(" 分:");
    in.forEach(b -> body.append("\n· ").append(line(b)).append(",计入 ").append(ChineseDate.of(b.occurredOn())));
    out.forEach(b -> body.append("\n· 原 ").append(line(b)).append(" 已更正"));
    body.append("\n明细见工作台的积分台账。");
    notifications.send(new Notice(recipients, KIND, "【积分】" + unit.name() + signed(net) + " 分", body.toString(),
        null));
  }

  /** "+55 分(R4)稿件 2026-000010:《…》被大众日报采用…" */
  private static String line(Booking b) {
    return signed(b.points()) + " 分(" + b.ruleId() + ")" + (b.articleNumber() == null ? "" : "稿件 " + b.articleNumber()
        + ":") + b.note();
  }

  /** The lines of {@code a} that are not in {@code b}, each line of {@code b} cancelling one equal line of a. */
  private static List<Booking> minus(List<Booking> a, List<Booking> b) {
    List<Booking> rest = new ArrayList<>(a);
    b.forEach(rest::remove);
    return rest;
  }

  private static String signed(int points) {
    return points > 0 ? "+" + points : String.valueOf(points);
  }
}
