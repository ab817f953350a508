package dev.reportgen.processor;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/** Loads the classes a compilation wrote; everything else from the test's class path. */
final class GeneratedClasses extends ClassLoader {
  private final Map<String, JavaFileObject> classes = new HashMap<>();

  GeneratedClasses(Compilation compilation) {
    super(GeneratedClasses.class.getClassLoader());
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        String path = file.toUri().getPath();
        int at = path.indexOf("/CLASS_OUTPUT/");
        String binary = path.substring(at + "/CLASS_OUTPUT/".length()).replace('/', '.');
        classes.put(binary.substring(0, binary.length() - ".class".length()), file);
      }
    }
  }

  /** The class {@code name}, initialised. */
  Class<?> load(String name) throws ClassNotFoundException {
    return Class.forName(name, true, this);
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    JavaFileObject file = classes.get(name);
    if (file == null) {
      throw new ClassNotFoundException(name);
    }
    try (InputStream in = file.openInputStream()) {
      byte[] bytes = in.readAllBytes();
      return defineClass(name, bytes, 0, bytes.length);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
