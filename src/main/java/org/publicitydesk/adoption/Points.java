package org.publicitydesk.adoption;

/** Points of one adoption by the R4 table: base points by level and length, plus the headline bonus. */
public record Points(int base, int bonus) {

  public int total() {
    return base + bonus;
  }
}
