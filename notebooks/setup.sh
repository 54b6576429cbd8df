# Shared set-up for notebooks/execute.sh and notebooks/open.sh; source it, don't run it.
#
# Puts everything the notebooks need in place, and skips each step whose result is already there:
#   1. Jupyter, from Debian's packages (apt-get; needs root or sudo the first time).
#   2. The Java kernel, io.github.padreati:rapaio-jupyter-kernel, from Maven Central.
#   3. notebooks/kernel-fix/: corrected classes of that kernel, compiled against its jar.
#   4. The jars the notebooks load with %jar: Tablesaw, at the version in pom.xml, and the jars
#      it needs (not CoreNLP and its 900 MB of models).
#   5. A kernelspec, "review-lens-java", in a folder that goes on JUPYTER_PATH.
# Everything it builds or downloads lives in target/notebooks/ (git ignores target/); nothing is
# installed into the user's home.
#
# After rl_setup, these are exported for Jupyter and the notebooks:
#   JUPYTER_PATH          starts with target/notebooks/jupyter (the kernelspec)
#   REVIEWLENS_ROOT       the repository root
#   REVIEWLENS_NB_LIB     the folder of jars that the notebooks add with %jar
#   REVIEWLENS_OUTPUT     the output folder the notebooks read (absolute); rl_set_output sets it

RL_KERNEL_GAV="io.github.padreati:rapaio-jupyter-kernel:3.0.1"
RL_KERNEL_JAR_NAME="rapaio-jupyter-kernel-${RL_KERNEL_GAV##*:}.jar"
RL_KERNEL_NAME="review-lens-java"
RL_DEPENDENCY_PLUGIN="org.apache.maven.plugins:maven-dependency-plugin:3.8.1"

RL_NB_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
RL_ROOT="$(cd "$RL_NB_DIR/.." && pwd)"
RL_WORK="$RL_ROOT/target/notebooks"

# rl_mvn DIR ARG...: runs Maven (the repository's wrapper) quietly in DIR; shows its output only if it fails.
rl_mvn() {
  local dir="$1" log
  shift
  log="$(mktemp)"
  if (cd "$dir" && "$RL_ROOT/mvnw" -q -B "$@") >"$log" 2>&1; then
    rm -f "$log"
  else
    cat "$log" >&2
    rm -f "$log"
    return 1
  fi
}

rl_log() { printf '[notebooks] %s\n' "$*" >&2; }
rl_die() { printf '[notebooks] error: %s\n' "$*" >&2; exit 1; }

# The jupyter command: Debian's, whatever python3 comes first on PATH.
rl_jupyter() {
  if [[ -x /usr/bin/jupyter ]]; then /usr/bin/jupyter "$@"; else jupyter "$@"; fi
}

# Debian's python3 (it has nbformat once Jupyter is installed), else the first on PATH.
rl_python() {
  if [[ -x /usr/bin/python3 ]]; then echo /usr/bin/python3; else command -v python3; fi
}

# rl_debian_packages PKG...: installs the packages that are not installed yet.
rl_debian_packages() {
  local missing=() p
  if ! command -v dpkg-query >/dev/null 2>&1; then
    rl_log "no dpkg here: relying on a jupyter already on PATH"
    return 0
  fi
  for p in "$@"; do
    if [[ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)" != "install ok installed" ]]; then
      missing+=("$p")
    fi
  done
  [[ ${#missing[@]} -eq 0 ]] && return 0
  local sudo=()
  if [[ $EUID -ne 0 ]]; then
    command -v sudo >/dev/null 2>&1 || rl_die "need root (or sudo) to install: ${missing[*]}"
    sudo=(sudo)
  fi
  rl_log "installing Debian packages: ${missing[*]}"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

rl_kernel_jar() {
  local dir="$RL_WORK/kernel"
  RL_KERNEL_JAR="$dir/$RL_KERNEL_JAR_NAME"
  [[ -s "$RL_KERNEL_JAR" ]] && return 0
  rl_log "downloading $RL_KERNEL_GAV from Maven Central"
  mkdir -p "$dir"
  rl_mvn "$dir" "$RL_DEPENDENCY_PLUGIN:copy" \
    -Dartifact="$RL_KERNEL_GAV" -DoutputDirectory="$dir" \
    || rl_die "could not fetch $RL_KERNEL_GAV"
  [[ -s "$RL_KERNEL_JAR" ]] || rl_die "$RL_KERNEL_JAR is missing after the download"
}

# Compiles notebooks/kernel-fix/ against the kernel jar when a source or the jar is newer than
# the last build.
rl_kernel_fix() {
  RL_KERNEL_FIX="$RL_WORK/kernel-fix"
  local stamp="$RL_KERNEL_FIX/.built"
  local sources
  mapfile -t sources < <(find "$RL_NB_DIR/kernel-fix" -name '*.java' | sort)
  [[ ${#sources[@]} -gt 0 ]] || rl_die "no sources in notebooks/kernel-fix"
  if [[ -f "$stamp" ]] && [[ -z "$(find "${sources[@]}" "$RL_KERNEL_JAR" -newer "$stamp")" ]]; then
    return 0
  fi
  rl_log "compiling the kernel fix (${#sources[@]} classes)"
  rm -rf "$RL_KERNEL_FIX"
  mkdir -p "$RL_KERNEL_FIX"
  javac --release 17 -nowarn -cp "$RL_KERNEL_JAR" -d "$RL_KERNEL_FIX" "${sources[@]}" \
    || rl_die "the kernel fix does not compile against $RL_KERNEL_JAR_NAME"
  touch "$stamp"
}

# Fills target/notebooks/lib with Tablesaw (core and jsplot), the jars they need and slf4j-simple,
# at the versions pom.xml uses; again whenever pom.xml or this file changes. A small pom of its
# own resolves them, so that CoreNLP and the tool's other dependencies stay off the notebooks'
# class path.
rl_notebook_lib() {
  RL_LIB="$RL_WORK/lib"
  local stamp="$RL_LIB/.built"
  if [[ -f "$stamp" && ! "$RL_ROOT/pom.xml" -nt "$stamp" && ! "$RL_NB_DIR/setup.sh" -nt "$stamp" ]]; then
    return 0
  fi
  local versions tablesaw slf4j
  versions="$("$(rl_python)" - "$RL_ROOT/pom.xml" <<'PY'
import re, sys, xml.etree.ElementTree as ET
ns = {"m": "http://maven.apache.org/POM/4.0.0"}
pom = ET.parse(sys.argv[1]).getroot()
props = {p.tag.split("}")[1]: (p.text or "").strip() for p in pom.findall("m:properties/*", ns)}
found = {}
for dep in pom.findall("m:dependencies/m:dependency", ns):
    key = dep.findtext("m:groupId", "", ns) + ":" + dep.findtext("m:artifactId", "", ns)
    v = dep.findtext("m:version", "", ns).strip()
    found[key] = re.sub(r"\$\{([^}]+)\}", lambda m: props.get(m.group(1), m.group(0)), v)
print(found.get("tech.tablesaw:tablesaw-core", ""), found.get("org.slf4j:slf4j-simple", ""))
PY
)"
  read -r tablesaw slf4j <<<"$versions"
  [[ "$tablesaw" =~ ^[0-9][0-9A-Za-z.-]*$ ]] || rl_die "cannot read Tablesaw's version from pom.xml"
  [[ "$slf4j" =~ ^[0-9][0-9A-Za-z.-]*$ ]] || rl_die "cannot read slf4j-simple's version from pom.xml"
  rl_log "copying Tablesaw $tablesaw and the jars it needs into target/notebooks/lib"
  local deps="$RL_WORK/lib-pom"
  rm -rf "$RL_LIB" "$deps"
  mkdir -p "$RL_LIB" "$deps"
  cat >"$deps/pom.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<!-- Written by notebooks/setup.sh: the jars the notebooks load with %jar. -->
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.reviewlens</groupId>
  <artifactId>review-lens-notebook-lib</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>tech.tablesaw</groupId>
      <artifactId>tablesaw-core</artifactId>
      <version>$tablesaw</version>
    </dependency>
    <dependency>
      <groupId>tech.tablesaw</groupId>
      <artifactId>tablesaw-jsplot</artifactId>
      <version>$tablesaw</version>
    </dependency>
    <!-- The tool's logger, so that slf4j does not warn that it has none. -->
    <dependency>
      <groupId>org.slf4j</groupId>
      <artifactId>slf4j-api</artifactId>
      <version>$slf4j</version>
    </dependency>
    <dependency>
      <groupId>org.slf4j</groupId>
      <artifactId>slf4j-simple</artifactId>
      <version>$slf4j</version>
    </dependency>
  </dependencies>
</project>
XML
  rl_mvn "$deps" "$RL_DEPENDENCY_PLUGIN:copy-dependencies" \
    -DincludeScope=runtime -DoutputDirectory="$RL_LIB" \
    || rl_die "mvn dependency:copy-dependencies failed"
  compgen -G "$RL_LIB/tablesaw-core-*.jar" >/dev/null || rl_die "no tablesaw-core jar in $RL_LIB"
  touch "$stamp"
}

# Writes the kernelspec. Its class path puts the fix ahead of the jar, so that the corrected
# classes replace the jar's.
rl_kernelspec() {
  local java_bin
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
    java_bin="$JAVA_HOME/bin/java"
  else
    java_bin="$(command -v java)" || rl_die "no java on PATH"
  fi
  local spec="$RL_WORK/jupyter/kernels/$RL_KERNEL_NAME"
  mkdir -p "$spec"
  RL_JAVA_BIN="$java_bin" RL_CP="$RL_KERNEL_FIX:$RL_KERNEL_JAR" RL_LIB="$RL_LIB" \
    "$(rl_python)" - "$spec/kernel.json" <<'PY'
import json, os, sys
spec = {
    "argv": [os.environ["RL_JAVA_BIN"], "-cp", os.environ["RL_CP"],
             "org.rapaio.jupyter.kernel.MainApp", "{connection_file}"],
    "display_name": "Java (review-lens)",
    "language": "java",
    "interrupt_mode": "message",
    "env": {
        "RJK_TIMEOUT_MILLIS": "-1",
        "REVIEWLENS_NB_LIB": os.environ["RL_LIB"],
    },
}
with open(sys.argv[1], "w", encoding="utf-8") as f:
    json.dump(spec, f, indent=2)
    f.write("\n")
PY
  export JUPYTER_PATH="$RL_WORK/jupyter${JUPYTER_PATH:+:$JUPYTER_PATH}"
}

# rl_set_output DIR: the output folder the notebooks read, relative to the current folder.
rl_set_output() {
  local dir="$1"
  [[ -d "$dir" ]] || rl_die "no output folder $dir (run the main job first: ./review-lens)"
  REVIEWLENS_OUTPUT="$(cd "$dir" && pwd)"
  export REVIEWLENS_OUTPUT
}

# rl_setup [EXTRA_DEBIAN_PACKAGE...]
rl_setup() {
  command -v java >/dev/null 2>&1 || rl_die "no java on PATH"
  command -v javac >/dev/null 2>&1 || rl_die "no javac on PATH (a JDK is needed)"
  rl_debian_packages jupyter-nbconvert jupyter-client "$@"
  rl_jupyter nbconvert --version >/dev/null 2>&1 || rl_die "jupyter nbconvert does not run"
  rl_kernel_jar
  rl_kernel_fix
  rl_notebook_lib
  rl_kernelspec
  export REVIEWLENS_ROOT="$RL_ROOT"
  export REVIEWLENS_NB_LIB="$RL_LIB"
}
