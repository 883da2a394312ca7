#!/bin/sh
# Makes the Java 17 app's class-data archive (lib/app/stepsize-lab.jsa) for where the app is now.
# The build runs it after the training start; the .deb's postinst runs it again in /opt, because a
# JDK 17 archive holds the jar's absolute path and is ignored anywhere else (the app then starts
# without it, about a second slower). Run it yourself after moving the app folder:
#   stepsize-lab/lib/stepsize-lab-archive.sh
# It needs no display: it dumps the classes the build's training start listed
# (lib/app/stepsize-lab.classlist) into a static archive, in about 10 s.
set -e
lib=$(cd "$(dirname "$0")" && pwd)
app=$lib/app
[ -s "$app/stepsize-lab.classlist" ] || { echo "stepsize-lab: no class list in $app" >&2; exit 1; }
rm -f "$app/stepsize-lab.jsa"
"$lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$app/stepsize-lab.classlist" \
    -XX:SharedArchiveFile="$app/stepsize-lab.jsa" --add-modules=jdk.incubator.vector \
    -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$app/stepsize-lab.jar" >/dev/null 2>&1 \
  || { rm -f "$app/stepsize-lab.jsa"; echo "stepsize-lab: no class archive made; the app starts without it" >&2; exit 0; }
