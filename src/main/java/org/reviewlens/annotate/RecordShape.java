package org.reviewlens.annotate;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The shape of a cached record: its components' names and types, and those of every record it
 * holds, found by reflection. A cache entry written under another shape is a miss, so adding,
 * removing, renaming or retyping a component can never leave a stale entry whose new field
 * deserializes to null.
 */
final class RecordShape {
  private final Set<Class<?>> records = new LinkedHashSet<>();
  private final StringBuilder signature = new StringBuilder();

  private RecordShape(Class<?> root) {
    visit(root);
  }

  /** The shape of {@code root} and the records it holds. */
  static RecordShape of(Class<? extends Record> root) {
    return new RecordShape(root);
  }

  /** Every record class reachable from the root, the root first. */
  Set<Class<?>> records() {
    return Set.copyOf(records);
  }

  /** A short hash of the whole signature; it changes whenever any component does. */
  String hash() {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(signature.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** The readable signature the hash is taken of. */
  String signature() {
    return signature.toString();
  }

  private void visit(Type type) {
    if (type instanceof ParameterizedType p) {
      visit(p.getRawType());
      for (Type argument : p.getActualTypeArguments()) {
        visit(argument);
      }
    } else if (type instanceof Class<?> c && c.isRecord() && records.add(c)) {
      signature.append(c.getName()).append('(');
      for (RecordComponent component : c.getRecordComponents()) {
        signature
            .append(component.getName())
            .append(':')
            .append(component.getGenericType().getTypeName())
            .append(';');
      }
      signature.append(')');
      for (RecordComponent component : c.getRecordComponents()) {
        visit(component.getGenericType());
      }
    }
  }
}
