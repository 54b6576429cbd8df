package org.reviewlens.integration;

import org.reviewlens.fault.FaultAction;
import org.reviewlens.fault.FaultPoint;
import org.reviewlens.fault.Faults;

/** A fault point armed in this JVM until {@link #close()}. */
final class ArmedFault implements AutoCloseable {
  private ArmedFault() {}

  /** Arms the k-th arrival at {@code point} to fire {@code action}. */
  static ArmedFault at(FaultPoint point, int k, FaultAction action) {
    Faults.reset();
    System.setProperty(Faults.POINT_PROPERTY, point.label() + "@" + k);
    System.setProperty(Faults.ACTION_PROPERTY, action.label());
    return new ArmedFault();
  }

  @Override
  public void close() {
    System.clearProperty(Faults.POINT_PROPERTY);
    System.clearProperty(Faults.ACTION_PROPERTY);
    Faults.reset();
  }
}
