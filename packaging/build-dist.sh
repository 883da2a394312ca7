#!/usr/bin/env bash
# Builds the self-contained app (mvn -Pdist package runs this after the jar is shaded):
#   target/dist/stepsize-lab/            app image: bin/stepsize-lab, a bundled Java runtime (jlink),
#                                        the JVM options (vector module) baked in, so no relaunch
#   target/dist/stepsize-lab/lib/app/stepsize-lab.jsa   class-data archive from a training start
#                                        (only where xvfb-run is installed); with a JDK 25 or later
#                                        instead stepsize-lab.aot, an ahead-of-time cache (JEP 483/514:
#                                        classes loaded and linked, method profiles) from that start
#   target/dist/stepsize-lab_VERSION_amd64.deb          where dpkg-deb and fakeroot are installed
# Usage: packaging/build-dist.sh PROJECT_DIR VERSION [JDK_HOME]
#   (mvn -Pdist package -Ddist.jdk=/usr/lib/jvm/temurin-25-jdk-amd64 bundles that JDK's runtime; the
#   jar itself is built for Java 17 either way)
set -euo pipefail
root=$1; version=$2; jdk=${3:-${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}}
# the runtime's feature version (17, 21, 25, ...) from its release file
feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$jdk/release")
echo "bundling the Java $feature runtime of $jdk"
if [ "$feature" -ge 25 ]; then
  # JDK 25: an AOT cache, written at the end of the training start (-XX:AOTCacheOutput, JEP 514)
  cache=stepsize-lab.aot; use="-XX:AOTCache=\$APPDIR/$cache"; record="-XX:AOTCacheOutput=\$APPDIR/$cache"
  quiet=(--java-options "-Xlog:aot=off" --java-options "-Xlog:cds=off"
         # JavaFX 21 loads its native code with System.load and Marlin allocates with sun.misc.Unsafe:
         # allowed, so JDK 24+ prints no warnings about either at every start
         --java-options "--enable-native-access=ALL-UNNAMED" --java-options "--sun-misc-unsafe-memory-access=allow")
  compress=zip-6
else
  # JDK 17: the training start lists the classes it loads; a static class-data archive is then
  # dumped from that list (packaging/archive.sh). Not a dynamic archive (-XX:ArchiveClassesAtExit):
  # JDK 17 ties an archive to the jar's absolute path, so it is made again where the app is
  # installed (the .deb's postinst runs archive.sh), and only a static dump can be made there
  # without opening the window
  cache=stepsize-lab.jsa; use="-XX:SharedArchiveFile=\$APPDIR/$cache"; record="-XX:DumpLoadedClassList=\$APPDIR/stepsize-lab.classlist"
  quiet=(--java-options "-Xlog:cds=off" --java-options "-Xlog:cds+dynamic=off")
  compress=2
fi
# the launcher's JIT options (src/main/java/org/stepsizelab/StartupJit.java: C2 later, as java -jar)
jit=()
for o in $(sed -n 's/^ *"\(-XX:Tier4[A-Za-z]*=[0-9]*\)"[,)].*/\1/p' "$root/src/main/java/org/stepsizelab/StartupJit.java"); do
  jit+=(--java-options "$o")
done
[ ${#jit[@]} -eq 8 ] || { echo "could not read the JIT options from StartupJit.java" >&2; exit 1; }
dist=$root/target/dist
rm -rf "$dist"; mkdir -p "$dist/input"
cp "$root/target/stepsize-lab.jar" "$dist/input/"

# the modules the jar uses (jdeps on the shaded jar, checked by hand) plus the vector API
modules=java.base,java.desktop,java.logging,java.management,java.prefs,java.sql,java.xml,java.naming,jdk.unsupported,jdk.incubator.vector,jdk.crypto.ec
# --generate-cds-archive: the runtime's own class archive (lib/server/classes.jsa), which the JDK
# ships and jlink leaves out; without it Java 17 cannot write the app's dynamic archive on top
"$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
    --compress=$compress --generate-cds-archive --output "$dist/runtime"

"$jdk/bin/jpackage" --type app-image --name stepsize-lab --app-version "$version" \
    --description "Watch large-stepsize gradient descent train a two-layer network" \
    --vendor "Stepsize Lab" --icon "$root/packaging/icon.png" \
    --input "$dist/input" --main-jar stepsize-lab.jar --main-class org.stepsizelab.Launcher \
    --runtime-image "$dist/runtime" --dest "$dist" \
    --java-options "--add-modules=jdk.incubator.vector" \
    "${jit[@]}" \
    --java-options "$use" "${quiet[@]}"
app=$dist/stepsize-lab
cp "$root/packaging/icon.png" "$app/lib/stepsize-lab.png"

# training start for the class archive / AOT cache: open the window on a virtual display, quit once
# the window is complete
if command -v xvfb-run >/dev/null && [ -z "${NO_TRAINING:-}" ]; then
  cfg=$app/lib/app/stepsize-lab.cfg
  cp "$cfg" "$cfg.orig"
  # the cfg line reads "java-options=-XX:AOTCache=$APPDIR/..." (jpackage keeps $APPDIR literal)
  sed -i "s|$use|$record|" "$cfg"
  JAVA_TOOL_OPTIONS="-Dstepsizelab.perf=true -Dstepsizelab.perf.exit=true" \
      timeout 600 xvfb-run -a -s "-screen 0 1280x720x24" "$app/bin/stepsize-lab" >/dev/null 2>&1 || true
  mv "$cfg.orig" "$cfg"
  if [ "$feature" -lt 25 ] && [ -s "$app/lib/app/stepsize-lab.classlist" ]; then
    cp "$root/packaging/archive.sh" "$app/lib/stepsize-lab-archive.sh"
    chmod 755 "$app/lib/stepsize-lab-archive.sh"
    "$app/lib/stepsize-lab-archive.sh" || true
  fi
  [ -s "$app/lib/app/$cache" ] && echo "start-up archive $cache: $(du -h "$app/lib/app/$cache" | cut -f1)" \
      || echo "no class archive (the training start failed); the app starts without it"
else
  echo "xvfb-run not installed: no class archive (the app starts without it)"
fi

# lib/stepsize-lab-start: the app started as bin/stepsize-lab starts it (the cfg's JVM options),
# but without jpackage's launcher asking the package manager about itself at every start (it runs
# dpkg -S and dpkg -L on its own path: about 0.4 s once installed). The menu entry uses it.
start=$app/lib/stepsize-lab-start
{
  echo '#!/bin/sh'
  echo '# Starts Stepsize Lab with the JVM options of lib/app/stepsize-lab.cfg (made by build-dist.sh),'
  echo '# without the jpackage launcher'"'"'s package-manager queries. The menu entry runs it.'
  echo 'lib=$(cd "$(dirname "$0")" && pwd)'
  echo 'APPDIR=$lib/app'
  printf 'exec "$lib/runtime/bin/java" "-Dstepsizelab.command=$(dirname "$lib")/bin/stepsize-lab"'
  sed -n 's/^java-options=//p' "$app/lib/app/stepsize-lab.cfg" | while IFS= read -r o; do printf ' "%s"' "$o"; done
  echo ' -cp "$APPDIR/stepsize-lab.jar" org.stepsizelab.Launcher "$@"'
} > "$start"
chmod 755 "$start"

# the .deb: packaging/deb holds our own postinst/prerm (jpackage's fail the installation where
# xdg-desktop-menu finds no menu directory) and the menu entry ("Stepsize Lab")
if command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
  "$jdk/bin/jpackage" --type deb --app-image "$app" --name stepsize-lab --app-version "$version" \
      --description "Watch large-stepsize gradient descent train a two-layer network" \
      --vendor "Stepsize Lab" --icon "$root/packaging/icon.png" --linux-shortcut \
      --linux-menu-group "Education;Science" --linux-app-category science \
      --linux-package-deps "libgtk-3-0" --license-file "$root/LICENSE" \
      --resource-dir "$root/packaging/deb" --dest "$dist"
  ls "$dist"/*.deb
else
  echo "dpkg-deb or fakeroot missing: no .deb"
fi
