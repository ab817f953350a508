package dev.reportgen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import dev.reportgen.runtime.spi.Cell;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the runtime exports is all a user or generated code can depend on: no public or protected
 * signature of an exported package (supertypes, type parameters, fields, constructors, methods,
 * thrown types) names a jackson or FastCSV type, nor a type of a package the runtime does not
 * export. Checked by reflection over every class file of the packages the module descriptor
 * exports; the packages it keeps hidden are taken from the descriptor too.
 */
class ExportedSignaturesTest {
  private static final Path CLASSES =
      Path.of(ReportReader.class.getProtectionDomain().getCodeSource().getLocation().getPath());

  private static final ModuleDescriptor DESCRIPTOR =
      ModuleFinder.of(CLASSES).find("dev.reportgen.runtime").orElseThrow().descriptor();

  /** Prefixes of the names no exported signature may use. */
  private static final List<String> HIDDEN = hidden();

  private static List<String> hidden() {
    Set<String> exported = new HashSet<>();
    DESCRIPTOR.exports().forEach(e -> exported.add(e.source()));
    List<String> hidden = new ArrayList<>(List.of("com.fasterxml.", "de.siegmar."));
    for (String p : new TreeSet<>(DESCRIPTOR.packages())) {
      if (!exported.contains(p)) {
        hidden.add(p + "."); // a package's own types; its subpackages are packages of their own
      }
    }
    return hidden;
  }

  static Stream<Class<?>> exportedTypes() throws IOException {
    List<Class<?>> types = new ArrayList<>();
    for (ModuleDescriptor.Exports export : DESCRIPTOR.exports()) {
      Path dir = CLASSES.resolve(export.source().replace('.', '/'));
      try (Stream<Path> files = Files.list(dir)) {
        for (Path file : files.sorted().toList()) {
          String name = file.getFileName().toString();
          if (name.endsWith(".class") && !name.equals("package-info.class")) {
            Class<?> type = load(export.source() + "." + name.substring(0, name.length() - 6));
            if (isVisible(type)) {
              types.add(type);
            }
          }
        }
      }
    }
    return types.stream();
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, ExportedSignaturesTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(name, e);
    }
  }

  /** Public, or a public or protected member of a visible type; never anonymous or local. */
  private static boolean isVisible(Class<?> type) {
    if (type.isAnonymousClass() || type.isLocalClass() || type.isSynthetic()) {
      return false;
    }
    Class<?> outer = type.getDeclaringClass();
    if (outer == null) {
      return Modifier.isPublic(type.getModifiers());
    }
    return isExposed(type.getModifiers()) && isVisible(outer);
  }

  private static boolean isExposed(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  @Test
  void theExportedPackagesAreSeenAndTheOthersHidden() throws IOException {
    List<Class<?>> types = exportedTypes().toList();
    assertTrue(types.contains(ReportReader.class), types.toString());
    assertTrue(types.contains(Cell.class), types.toString());
    assertTrue(HIDDEN.contains("dev.reportgen.runtime.json."), HIDDEN.toString());
    assertTrue(HIDDEN.contains("dev.reportgen.runtime.internal."), HIDDEN.toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("exportedTypes")
  void signaturesNameNoHiddenType(Class<?> type) {
    assertEquals(List.of(), violations(type));
  }

  /** A leaking signature is caught: the check above can fail. */
  @Test
  void aJacksonTypeInASignatureIsCaught() {
    assertEquals(
        List.of("method parser(): com.fasterxml.jackson.core.JsonParser"), violations(Leaky.class));
  }

  /** Stands for an API class that leaks jackson. */
  public static final class Leaky {
    public JsonParser parser() {
      return null;
    }

    JsonParser packagePrivateIsFine() {
      return null;
    }
  }

  /** Each exposed signature element naming a hidden type, as "where: type". */
  static List<String> violations(Class<?> type) {
    List<String> found = new ArrayList<>();
    check(found, "superclass", type.getGenericSuperclass());
    for (Type t : type.getGenericInterfaces()) {
      check(found, "interface", t);
    }
    for (TypeVariable<?> v : type.getTypeParameters()) {
      check(found, "type parameter " + v.getName(), v);
    }
    for (Field f : type.getDeclaredFields()) {
      if (isExposed(f.getModifiers()) && !f.isSynthetic()) {
        check(found, "field " + f.getName(), f.getGenericType());
      }
    }
    for (Constructor<?> c : type.getDeclaredConstructors()) {
      if (isExposed(c.getModifiers()) && !c.isSynthetic()) {
        checkExecutable(found, "constructor", c);
      }
    }
    for (Method m : type.getDeclaredMethods()) {
      if (isExposed(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
        checkExecutable(found, "method " + m.getName() + "()", m);
        check(found, "method " + m.getName() + "()", m.getGenericReturnType());
      }
    }
    return found;
  }

  private static void checkExecutable(List<String> found, String where, Executable e) {
    for (Type t : e.getGenericParameterTypes()) {
      check(found, where, t);
    }
    for (Type t : e.getGenericExceptionTypes()) {
      check(found, where, t);
    }
    for (TypeVariable<?> v : e.getTypeParameters()) {
      check(found, where, v);
    }
  }

  private static void check(List<String> found, String where, Type type) {
    Set<String> names = new HashSet<>();
    collect(type, names, new HashSet<>());
    for (String name : names.stream().sorted().toList()) {
      for (String hidden : HIDDEN) {
        boolean inPackage = name.startsWith(hidden);
        boolean libraryPackage = hidden.startsWith("com.") || hidden.startsWith("de.");
        if (inPackage && (libraryPackage || name.indexOf('.', hidden.length()) < 0)) {
          found.add(where + ": " + name);
        }
      }
    }
  }

  /** Every class a type mentions, through arguments, bounds, owners and array components. */
  private static void collect(Type type, Set<String> names, Set<TypeVariable<?>> seen) {
    if (type instanceof Class<?> c) {
      while (c.isArray()) {
        c = c.getComponentType();
      }
      names.add(c.getName());
    } else if (type instanceof ParameterizedType p) {
      collect(p.getRawType(), names, seen);
      if (p.getOwnerType() != null) {
        collect(p.getOwnerType(), names, seen);
      }
      for (Type a : p.getActualTypeArguments()) {
        collect(a, names, seen);
      }
    } else if (type instanceof WildcardType w) {
      for (Type b : w.getUpperBounds()) {
        collect(b, names, seen);
      }
      for (Type b : w.getLowerBounds()) {
        collect(b, names, seen);
      }
    } else if (type instanceof TypeVariable<?> v) {
      if (seen.add(v)) { // E extends Enum<E> refers to itself
        for (Type b : v.getBounds()) {
          collect(b, names, seen);
        }
      }
    } else if (type instanceof GenericArrayType g) {
      collect(g.getGenericComponentType(), names, seen);
    }
  }
}
