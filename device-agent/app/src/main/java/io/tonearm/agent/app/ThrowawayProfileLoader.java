package io.tonearm.agent.app;

import io.tonearm.profiles.Profile;
import io.tonearm.profiles.ProfileException;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Loads the agent's profile once at start in a class loader of its own, so that the loader's
 * classes (SnakeYAML's ~150, the profile reader's, inheritance, validation) can be unloaded once
 * the profile is read: the agent never parses YAML again, and on a 48 MB device their metaspace
 * and symbols are worth handing back (decision §49).
 *
 * <p>The loader is child-first for {@code org.yaml.snakeyaml} and {@code io.tonearm.profiles},
 * except for the types the answer is made of ({@link Profile} and its nested records, and
 * {@link ProfileException}), which it takes from the application class loader so that the caller
 * gets ordinary objects holding only JDK types. Its class path is where those two packages are
 * found on the application class path (jars in a distribution, {@code target/classes} under
 * {@code bin/tonearm}), read from resource URLs so that nothing here loads them into the
 * application loader. If they cannot be found that way (an unusual class path), the profile is
 * loaded in the application loader as before: the only difference is memory.
 */
final class ThrowawayProfileLoader {
    private static final String LOADER = "io.tonearm.profiles.ProfileLoader";
    private static final String YAML = "org.yaml.snakeyaml.Yaml";

    private ThrowawayProfileLoader() {
    }

    /** The profile {@code nameOrFile} names, with the same result and errors as {@code new ProfileLoader().load}. */
    static Profile load(String nameOrFile) throws ProfileException {
        return load(nameOrFile, loader -> { });
    }

    /** As {@link #load(String)}, and tells {@code used} which class loader read the profile (for tests). */
    static Profile load(String nameOrFile, Consumer<ClassLoader> used) throws ProfileException {
        ClassLoader app = ThrowawayProfileLoader.class.getClassLoader();
        List<URL> path = codeSources(app);
        if (path.isEmpty()) {
            used.accept(app);
            return new io.tonearm.profiles.ProfileLoader().load(nameOrFile);
        }
        try (Isolated loader = new Isolated(path.toArray(URL[]::new), app)) {
            used.accept(loader);
            Object profileLoader = loader.loadClass(LOADER).getConstructor().newInstance();
            return (Profile) profileLoader.getClass().getMethod("load", String.class).invoke(profileLoader, nameOrFile);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ProfileException pe) {
                throw pe;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("loading profile " + nameOrFile + " failed", cause);
        } catch (ReflectiveOperationException | IOException e) {
            throw new IllegalStateException("cannot load the profile loader in its own class loader: " + e, e);
        }
    }

    /** The class path entries holding the profile loader and SnakeYAML, or empty if either is not found. */
    static List<URL> codeSources(ClassLoader app) {
        List<URL> roots = new ArrayList<>(2);
        for (String className : List.of(LOADER, YAML)) {
            String resource = className.replace('.', '/') + ".class";
            URL url = app.getResource(resource);
            URL root = url == null ? null : root(url, resource);
            if (root == null) {
                return List.of();
            }
            roots.add(root);
        }
        return roots;
    }

    private static URL root(URL classFile, String resource) {
        String s = classFile.toString();
        try {
            if ("jar".equals(classFile.getProtocol()) && s.endsWith("!/" + resource)) {
                return URI.create(s.substring("jar:".length(), s.length() - resource.length() - 2)).toURL();
            }
            if ("file".equals(classFile.getProtocol()) && s.endsWith("/" + resource)) {
                return URI.create(s.substring(0, s.length() - resource.length())).toURL();
            }
        } catch (MalformedURLException | IllegalArgumentException e) {
            return null;
        }
        return null;
    }

    /** Child-first for the loader's own classes and SnakeYAML; parent-first for the answer's types and all else. */
    private static final class Isolated extends URLClassLoader {
        static {
            ClassLoader.registerAsParallelCapable();
        }

        Isolated(URL[] path, ClassLoader parent) {
            super("tonearm-profile-loader", path, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!ownedHere(name)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    c = findClass(name);
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }

        static boolean ownedHere(String name) {
            if (name.startsWith("org.yaml.snakeyaml.")) {
                return true;
            }
            if (!name.startsWith("io.tonearm.profiles.")) {
                return false;
            }
            String simple = name.substring("io.tonearm.profiles.".length());
            return !(simple.equals("Profile") || simple.startsWith("Profile$") || simple.equals("ProfileException"));
        }
    }
}
