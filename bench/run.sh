#!/usr/bin/env bash
# The site's benchmark: the packaged jar against an embedded PostgreSQL 18 holding the sample
# content plus a long generated thread under the amitriptyline article (bench/db), measured with
# wrk beside nginx serving the very same bytes of that page from a file, in the same run,
# alternating between them. Prints one table; every rate is also given as a ratio to nginx's at
# the same number of connections, so the figures compare across machines and across noisy runs.
#
#   bench/run.sh
#   DURATION=20s WARMUP=10s bench/run.sh
#   JAVA_OPTS="-Xmx384m -XX:+UseSerialGC" bench/run.sh
#
# Settings (environment):
#   DURATION   each measured run (default 10s)     WARMUP   the warm-up before each target (default 5s)
#   SITE_PORT  the site (8200)   NGINX_PORT  nginx (8201)   DB_PORT  PostgreSQL (8202)
#   JAVA_OPTS  the site's JVM options (default: -Xms256m -Xmx512m, the README's recommendation)
#   BUILD=0    use target/painwise-site.jar and target/test-classes as they are
#   PROFILE=1  record the site with Java Flight Recorder during the measured runs
#              (target/bench/site.jfr) and print the hottest methods of the article page's runs
#
# The site runs with limits raised so that the benchmark measures work, not refusals:
#   COMMENTS_PER_HOUR_LIMIT=1000000, RATINGS_VOTES_PER_HOUR=10000 (its maximum),
#   SERVER_FORWARD_HEADERS_STRATEGY=native, and every POST names a random client address in
#   X-Forwarded-For (bench/wrk.lua), as if each came from a different reader;
#   each vote comes from a new visitor (a fresh random pw_visitor cookie).
# Everything else is the site's default configuration.
#
# Needs: a JDK 17+, wrk, nginx, curl, awk. Work files are in target/bench/. Everything the script
# starts is stopped when it ends, however it ends.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT="$PWD"

SITE_PORT="${SITE_PORT:-8200}"
NGINX_PORT="${NGINX_PORT:-8201}"
DB_PORT="${DB_PORT:-8202}"
DURATION="${DURATION:-10s}"
WARMUP="${WARMUP:-5s}"
THREADS=2
JAVA_OPTS="${JAVA_OPTS:--Xms256m -Xmx512m}"
BUILD="${BUILD:-1}"
PROFILE="${PROFILE:-0}"
WORK="$ROOT/target/bench"
SITE="http://127.0.0.1:$SITE_PORT"
NGINX="http://127.0.0.1:$NGINX_PORT"
PAGE="/articles/amitriptyline"
# the visitor whose held comment is on the page's first page of comments (bench/db)
HELD_VISITOR="5e1f00000000000000000000000be4c1"

fail() { echo "bench/run.sh: $*" >&2; exit 1; }

for tool in java wrk nginx curl awk; do
    command -v "$tool" >/dev/null || fail "needs $tool on the PATH"
done
for port in "$SITE_PORT" "$NGINX_PORT" "$DB_PORT"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        fail "port $port is already in use (set SITE_PORT, NGINX_PORT or DB_PORT)"
    fi
done

DB_PID=""
SITE_PID=""
NGINX_PID=""

# stops a process: politely, then after a while for sure
stop_process() {
    local pid="$1" signal="$2" seconds="$3"
    [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 0
    kill "-$signal" "$pid" 2>/dev/null || true
    for _ in $(seq 1 "$((seconds * 4))"); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.25
    done
    echo "bench/run.sh: process $pid did not stop; killing it" >&2
    kill -KILL "$pid" 2>/dev/null || true
}

cleanup() {
    local status=$?
    trap - EXIT INT TERM
    stop_process "$SITE_PID" TERM 30
    stop_process "$NGINX_PID" QUIT 10
    # the database's JVM stops PostgreSQL as it exits; if it could not, stop the server itself
    stop_process "$DB_PID" TERM 30
    if [[ -f "$WORK/postgres/postmaster.pid" ]]; then
        stop_process "$(head -1 "$WORK/postgres/postmaster.pid")" INT 20
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

rm -rf "$WORK"
mkdir -p "$WORK/nginx/www${PAGE%/*}" "$WORK/nginx/tmp"

# ---------------------------------------------------------------------------------------------
# Build: the packaged jar, the test classes (the database's main) and the test classpath
if [[ "$BUILD" != 0 ]]; then
    echo "Building the jar…" >&2
    ./mvnw -q -o package -DskipTests || fail "the build failed"
fi
[[ -f target/painwise-site.jar ]] || fail "target/painwise-site.jar is missing (run without BUILD=0)"
[[ -f target/test-classes/org/painwise/site/bench/BenchmarkDatabase.class ]] \
    || fail "the test classes are missing (run without BUILD=0)"
# offline first; the dependency plugin is fetched once if this machine has never used it
if ! ./mvnw -q -o dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt" -Dmdep.includeScope=test \
        >"$WORK/classpath.log" 2>&1; then
    echo "Fetching Maven's dependency plugin (once)…" >&2
    ./mvnw -q dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt" -Dmdep.includeScope=test \
        >"$WORK/classpath.log" 2>&1 || fail "could not work out the test classpath; see $WORK/classpath.log"
fi

# waits until a command succeeds, while a process lives, for at most some seconds
wait_for() {
    local what="$1" pid="$2" seconds="$3" log="$4"
    shift 4
    local deadline=$((SECONDS + seconds))
    until "$@"; do
        kill -0 "$pid" 2>/dev/null || fail "$what stopped while starting; see $log"
        ((SECONDS < deadline)) || fail "$what did not start within $seconds s; see $log"
        sleep 0.2
    done
}

# ---------------------------------------------------------------------------------------------
# The database: a fresh embedded PostgreSQL with migrations, sample content and the long thread
echo "Starting PostgreSQL on port $DB_PORT with the sample content and the long thread…" >&2
java -Xmx256m -cp "target/test-classes:target/classes:$(cat "$WORK/classpath.txt")" \
    org.painwise.site.bench.BenchmarkDatabase "$WORK/postgres" "$DB_PORT" "filesystem:$ROOT/bench/db" \
    </dev/null >"$WORK/database.log" 2>&1 &
DB_PID=$!
wait_for "The database" "$DB_PID" 300 "$WORK/database.log" grep -q "^Benchmark database ready:" "$WORK/database.log"

# ---------------------------------------------------------------------------------------------
# The site: the packaged jar, timed from process start to the first 200 on /
echo "Starting the site on port $SITE_PORT ($JAVA_OPTS)…" >&2
site_up() { [[ "$(curl -s -o /dev/null -w '%{http_code}' "$SITE/" 2>/dev/null)" == 200 ]]; }
JFR_OPTS=()
if [[ "$PROFILE" != 0 ]]; then
    JFR_OPTS=("-XX:StartFlightRecording=name=bench,settings=profile,filename=$WORK/site.jfr,dumponexit=true")
fi
START_NS="$(date +%s%N)"
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
env SERVER_PORT="$SITE_PORT" \
    SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$DB_PORT/postgres" \
    SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD=postgres \
    SPRING_FLYWAY_LOCATIONS="classpath:db/migration,filesystem:$ROOT/src/test/resources/db/sample,filesystem:$ROOT/bench/db" \
    SITE_BASE_URL="$SITE" \
    COMMENTS_PER_HOUR_LIMIT=1000000 \
    RATINGS_VOTES_PER_HOUR=10000 \
    SERVER_FORWARD_HEADERS_STRATEGY=native \
    java $JAVA_OPTS "${JFR_OPTS[@]}" -jar target/painwise-site.jar </dev/null >"$WORK/site.log" 2>&1 &
SITE_PID=$!
wait_for "The site" "$SITE_PID" 180 "$WORK/site.log" site_up
START_MS=$((($(date +%s%N) - START_NS) / 1000000))

# ---------------------------------------------------------------------------------------------
# nginx: the page's exact bytes, as an anonymous reader gets them, from a file
curl -sS -f -D "$WORK/page-headers.txt" -o "$WORK/nginx/www$PAGE" "$SITE$PAGE" \
    || fail "could not fetch $PAGE from the site"
PAGE_BYTES="$(wc -c <"$WORK/nginx/www$PAGE")"
chmod -R a+rX "$WORK/nginx/www"
cat >"$WORK/nginx/nginx.conf" <<EOF
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    # as the site: HTML compressed for clients that ask (the benchmark asks neither)
    gzip on;
    gzip_types text/html text/css application/javascript application/xml text/plain image/svg+xml;
    gzip_min_length 2048;
    default_type text/html;
    client_body_temp_path $WORK/nginx/tmp;
    proxy_temp_path $WORK/nginx/tmp;
    fastcgi_temp_path $WORK/nginx/tmp;
    uwsgi_temp_path $WORK/nginx/tmp;
    scgi_temp_path $WORK/nginx/tmp;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $WORK/nginx/www;
    }
}
EOF
nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -g 'daemon off;' >"$WORK/nginx/stdout.log" 2>&1 &
NGINX_PID=$!
nginx_up() { curl -s -f -o /dev/null "$NGINX$PAGE" 2>/dev/null; }
wait_for "nginx" "$NGINX_PID" 20 "$WORK/nginx/error.log" nginx_up
cmp -s "$WORK/nginx/www$PAGE" <(curl -s "$NGINX$PAGE") || fail "nginx does not serve the page's bytes"

# ---------------------------------------------------------------------------------------------
# The forms: a CSRF token with its cookie (if the page's forms carry one) and the form timer's
# signed value, from one GET of the page, used once the minimum fill time has passed
curl -s -f -c "$WORK/cookies.txt" -o "$WORK/form-page.html" "$SITE$PAGE" || fail "could not fetch $PAGE for its forms"
form_value() {
    # the value of the first <input name="$1" …>, whatever the order of its attributes
    grep -o "<input[^>]*name=\"$1\"[^>]*>" "$WORK/form-page.html" | head -1 | sed -n 's/.*value="\([^"]*\)".*/\1/p'
}
STARTED="$(form_value started)"
CSRF_FIELD="$(form_value _csrf)"
CSRF_COOKIE="$(awk '$6 == "XSRF-TOKEN" { print $7 }' "$WORK/cookies.txt")"
[[ -n "$STARTED" ]] || fail "no form timer (started) in the comment form of $PAGE"
if [[ -n "$CSRF_FIELD" && -z "$CSRF_COOKIE" ]]; then
    fail "the page's forms carry a CSRF token but no XSRF-TOKEN cookie came with it"
fi
curl -s -f -b "pw_visitor=$HELD_VISITOR" -o "$WORK/held-page.html" "$SITE$PAGE" || fail "the held visitor's page failed"
grep -q "will report back how the first weeks go" "$WORK/held-page.html" \
    || fail "the held visitor's page does not show their held comment"
# the form timer's value must be older than the minimum fill time (3 s by default)
sleep 4

# ---------------------------------------------------------------------------------------------
# Measuring
to_ms() { awk -v us="$1" 'BEGIN { printf "%.1f", us / 1000 }'; }

# one wrk run; prints: requests/s p50(ms) p99(ms) errors
run_wrk() {
    local connections="$1" duration="$2" mode="$3" url="$4" cookie="${5:-}" out line
    out="$(BENCH_MODE="$mode" BENCH_COOKIE="$cookie" BENCH_STARTED="$STARTED" \
        BENCH_CSRF_FIELD="$CSRF_FIELD" BENCH_CSRF_COOKIE="$CSRF_COOKIE" \
        wrk -t"$THREADS" -c"$connections" -d"$duration" --timeout 10s -s "$ROOT/bench/wrk.lua" "$url" 2>&1)" \
        || fail "wrk failed on $url: $out"
    line="$(grep '^BENCH ' <<<"$out" | tail -1)"
    [[ -n "$line" ]] || fail "no result from wrk on $url: $out"
    local _ p50 p99 requests status sockets rps
    read -r _ p50 p99 requests status sockets <<<"$line"
    rps="$(awk '/^Requests\/sec:/ { print $2 }' <<<"$out")"
    echo "${rps:-0} $(to_ms "$p50") $(to_ms "$p99") $((status + sockets))"
}

# the rows: name|connections|mode|url|cookie
ROWS=(
    "nginx, same bytes|16|get|$NGINX$PAGE|"
    "article, anonymous|16|get|$SITE$PAGE|"
    "article, held comment|16|get|$SITE$PAGE|pw_visitor=$HELD_VISITOR"
    "nginx, same bytes|64|get|$NGINX$PAGE|"
    "article, anonymous|64|get|$SITE$PAGE|"
    "search amitriptyline|16|get|$SITE/search?q=amitriptyline|"
    "search amitryptiline|16|get|$SITE/search?q=amitryptiline|"
    "comment POST|16|comment|$SITE$PAGE/comments|"
    "vote POST|16|vote|$SITE$PAGE/rating|"
)

echo "Warming up ($WARMUP a target)…" >&2
for row in "${ROWS[@]}"; do
    IFS='|' read -r _ connections mode url cookie <<<"$row"
    run_wrk "$connections" "$WARMUP" "$mode" "$url" "$cookie" >/dev/null
done

if [[ "$PROFILE" != 0 ]]; then
    jcmd "$SITE_PID" JFR.stop name=bench >/dev/null
    jcmd "$SITE_PID" JFR.start name=bench settings=profile filename="$WORK/site.jfr" >/dev/null
fi

echo "Measuring ($DURATION a run, $THREADS wrk threads)…" >&2
declare -A REFERENCE=()
RESULTS=()
for row in "${ROWS[@]}"; do
    IFS='|' read -r name connections mode url cookie <<<"$row"
    measured="$(run_wrk "$connections" "$DURATION" "$mode" "$url" "$cookie")"
    read -r rps p50 p99 errors <<<"$measured"
    [[ "$name" == nginx* ]] && REFERENCE[$connections]="$rps"
    RESULTS+=("$name|$connections|$rps|$p50|$p99|$errors")
    echo "  $name, $connections connections: $rps req/s" >&2
done
LOAD="$(cut -d' ' -f1-3 /proc/loadavg)"

if [[ "$PROFILE" != 0 ]]; then
    jcmd "$SITE_PID" JFR.dump name=bench filename="$WORK/site.jfr" >/dev/null
fi
RSS_MB="$(awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$SITE_PID/status")"

# ---------------------------------------------------------------------------------------------
# The table
echo
echo "Painwise benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'): $PAGE is $PAGE_BYTES bytes, uncompressed"
printf '| %-24s | %5s | %9s | %8s | %8s | %6s | %12s |\n' target conns "req/s" "p50 ms" "p99 ms" errors "req/s÷nginx"
printf '|%s|%s|%s|%s|%s|%s|%s|\n' "--------------------------" "------:" "----------:" "---------:" "---------:" "-------:" "-------------:"
for result in "${RESULTS[@]}"; do
    IFS='|' read -r name connections rps p50 p99 errors <<<"$result"
    reference="${REFERENCE[$connections]:-${REFERENCE[16]}}"
    awk -v name="$name" -v c="$connections" -v rps="$rps" -v p50="$p50" -v p99="$p99" -v err="$errors" -v ref="$reference" 'BEGIN {
        ratio = ref > 0 ? 100 * rps / ref : 0
        printf "| %-24s | %5d | %9.1f | %8.1f | %8.1f | %6d | %11.3f%% |\n", name, c, rps, p50, p99, err, ratio
    }'
done
echo
echo "Site start-up (process start to the first 200 on /): $(awk -v ms="$START_MS" 'BEGIN { printf "%.1f", ms / 1000 }') s;" \
    "resident memory after the run: $RSS_MB MB; JVM options: $JAVA_OPTS"
echo "Machine: $(nproc) cores, $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo);" \
    "$(java -version 2>&1 | head -1); $(nginx -v 2>&1 | sed 's/^nginx version: //'); wrk -t$THREADS, $DURATION a run after $WARMUP of warm-up;" \
    "load average at the end: $LOAD"
echo "Ratios are to nginx at the same number of connections (16 for the POSTs and search)."

if [[ "$PROFILE" != 0 ]] && command -v jfr >/dev/null; then
    echo
    echo "Hottest methods of the site during the measured runs (JFR execution samples, top frames):"
    jfr print --events jdk.ExecutionSample "$WORK/site.jfr" \
        | awk '/stackTrace = \[/ { getline; sub(/^[ \t]+/, ""); sub(/[ \t]+line:.*/, ""); count[$0]++; total++ }
               END { for (m in count) printf "%6.1f%%  %s\n", 100 * count[m] / total, m }' \
        | sort -rn | head -15
fi
