package dev.reportgen.benchmarks.competitors;

import dev.reportgen.runtime.RowExtras;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;

/**
 * Converts a record the binding candidates fill (databind, dsl-json, avaje-jsonb, Jackson CSV) to
 * the generated record, for the equality test only: component by component, by position, each name
 * checked against the generated record's, then {@link RowExtras#empty()} for its last component.
 * Reflection keeps the user's records what a user writes (the wire names and nothing else).
 */
final class BoundRecords {
  private BoundRecords() {}

  static <T> T toGenerated(Object bound, Class<T> generated) {
    RecordComponent[] from = bound.getClass().getRecordComponents();
    RecordComponent[] to = generated.getRecordComponents();
    if (from == null || to == null || from.length != to.length - 1) {
      throw new IllegalArgumentException(bound.getClass() + " does not mirror " + generated);
    }
    Class<?>[] types = new Class<?>[to.length];
    Object[] values = new Object[to.length];
    try {
      for (int i = 0; i < from.length; i++) {
        if (!from[i].getName().equals(to[i].getName())) {
          throw new IllegalArgumentException(
              bound.getClass().getSimpleName()
                  + " component "
                  + i
                  + " is "
                  + from[i].getName()
                  + ", the generated record's is "
                  + to[i].getName());
        }
        types[i] = to[i].getType();
        values[i] = from[i].getAccessor().invoke(bound);
      }
      types[from.length] = RowExtras.class;
      values[from.length] = RowExtras.empty();
      Constructor<T> constructor = generated.getDeclaredConstructor(types);
      return constructor.newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot convert " + bound.getClass(), e);
    }
  }
}
