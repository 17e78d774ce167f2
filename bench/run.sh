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
#   DURATION   each measured run (default 10s)     WARMUP   the warm-up before each target (default 15s)
#   ROUNDS     how many times every target is measured, alternating; the table shows medians (3)
#   SITE_PORT  the site (8200)   NGINX_PORT  nginx (8201)   DB_PORT  PostgreSQL (8202)
#   JAVA_OPTS  the site's JVM options (default: the README's recommendation, -Xmx160m -XX:+UseSerialGC
#              -XX:ReservedCodeCacheSize=48m -Xss512k -XX:TrimNativeHeapInterval=10000, and -XX:+UseCompactObjectHeaders on Java 25 and
#              later; always with MALLOC_ARENA_MAX=2)
#   JAVA       the java to run the site with (default: the newest JDK 25 or later under /usr/lib/jvm,
#              as the README recommends, else java on the PATH)
#   CDS=0      start the packaged jar as it is, without the class data archive: by default the jar
#              is extracted (java -Djarmode=tools … extract), trained once (-Dspring.context.exit=onRefresh)
#              and started with its archive: Spring's AOT cache on Java 25 and later
#              (-XX:AOTCache), class data sharing before that (-XX:SharedArchiveFile; off with
#              PROFILE=1, which Java 17 cannot combine with it)
#   BUILD=0    use target/painwise-site.jar and target/test-classes as they are
#   ONLY       measure only the targets whose name matches this regular expression, e.g. 'article'
#              (ratios need the nginx rows: ONLY='nginx|article')
#   PROFILE=1  record the site with Java Flight Recorder during the measured runs
#              (target/bench/site.jfr) and print the hottest methods of the article page's runs
#   NMT=1      track the JVM's native memory and write where the resident memory goes, after the
#              measured runs, to target/bench/memory.txt (costs a little speed; for looking, not for the table)
#
# The site runs with limits raised so that the benchmark measures work, not refusals:
#   COMMENTS_PER_HOUR_LIMIT=1000000, RATINGS_VOTES_PER_HOUR=10000 (its maximum),
#   SERVER_FORWARD_HEADERS_STRATEGY=native with 127.0.0.1 as the trusted proxy, MAIL_ENABLED=false (no mail server), RETENTION_SCHEDULED=false
#   (the sample content is old; the clean-up would clear the held visitor's key mid-run), and every POST names a random client address in
#   X-Forwarded-For (bench/wrk.lua), as if each came from a different reader;
#   each vote comes from a new visitor (no cookie) at a new address.
# Everything else is the site's default configuration.
#
# Needs: a JDK 17+, wrk, nginx, curl, awk, openssl. Work files are in target/bench/. Everything the script
# starts is stopped when it ends, however it ends.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT="$PWD"

SITE_PORT="${SITE_PORT:-8200}"
NGINX_PORT="${NGINX_PORT:-8201}"
DB_PORT="${DB_PORT:-8202}"
DURATION="${DURATION:-10s}"
ROUNDS="${ROUNDS:-3}"
WARMUP="${WARMUP:-15s}"
THREADS=2
if [[ -z "${JAVA:-}" ]]; then
    # the README recommends Java 25 and later; the newest JDK installed the usual way, else the PATH's
    JAVA="$( (ls -d /usr/lib/jvm/*-2[5-9]*/bin/java /usr/lib/jvm/*-[3-9][0-9]*/bin/java 2>/dev/null || true) | sort -V | tail -1)"
    JAVA="${JAVA:-java}"
fi
JAVA_FEATURE="$("$JAVA" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)"
if [[ -z "${JAVA_OPTS:-}" ]]; then
    JAVA_OPTS="-Xmx160m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=48m -Xss512k -XX:TrimNativeHeapInterval=10000"
    if ((JAVA_FEATURE >= 25)); then
        JAVA_OPTS="$JAVA_OPTS -XX:+UseCompactObjectHeaders"
    fi
fi
CDS="${CDS:-1}"
BUILD="${BUILD:-1}"
PROFILE="${PROFILE:-0}"
NMT="${NMT:-0}"
ONLY="${ONLY:-}"
WORK="$ROOT/target/bench"
SITE="http://127.0.0.1:$SITE_PORT"
NGINX="http://127.0.0.1:$NGINX_PORT"
PAGE="/articles/amitriptyline"
# the visitor whose held comment is on the page's first page of comments (bench/db)
HELD_VISITOR="5e1f00000000000000000000000be4c1"
# the site signs visitor cookies (key.signature) with a key of its own; bench/db gives the site
# this one, so the benchmark can sign its visitors' cookies as the site would
SIGNING_KEY_HEX="$(printf '5e1f%.0s' $(seq 16))"
# the value of the pw_visitor cookie for a visitor key
visitor_cookie() {
    printf '%s.%s' "$1" "$(printf '%s' "$1" | openssl dgst -sha256 -mac HMAC -macopt "hexkey:$SIGNING_KEY_HEX" -binary \
        | base64 | tr '+/' '-_' | tr -d '=')"
}

fail() { echo "bench/run.sh: $*" >&2; exit 1; }

for tool in java wrk nginx curl awk openssl; do
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
    # offline when every dependency is already here; otherwise Maven fetches what is missing
    ./mvnw -q -o package -DskipTests >"$WORK/build.log" 2>&1 \
        || ./mvnw -q package -DskipTests >"$WORK/build.log" 2>&1 \
        || fail "the build failed; see $WORK/build.log"
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
wait_for "The database" "$DB_PID" 300 "$WORK/database.log" grep -qs "^Benchmark database ready:" "$WORK/database.log"

# ---------------------------------------------------------------------------------------------
# The site: the packaged jar, timed from process start to the first 200 on /
# the site's environment, the same for the training run and the measured one
SITE_ENV=(SERVER_PORT="$SITE_PORT"
    SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$DB_PORT/postgres"
    SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD=postgres
    SPRING_FLYWAY_LOCATIONS="classpath:db/migration,filesystem:$ROOT/src/test/resources/db/sample,filesystem:$ROOT/bench/db"
    SITE_BASE_URL="$SITE"
    COMMENTS_PER_HOUR_LIMIT=1000000
    RATINGS_VOTES_PER_HOUR=10000
    SERVER_FORWARD_HEADERS_STRATEGY=native
    SERVER_TOMCAT_REMOTEIP_INTERNALPROXIES='127\.0\.0\.1'
    MAIL_ENABLED=false
    RETENTION_SCHEDULED=false
    MALLOC_ARENA_MAX=2)
JAR=target/painwise-site.jar
ARCHIVE_OPTS=()
if [[ "$PROFILE" != 0 && "$JAVA_FEATURE" -lt 25 ]]; then
    # Java 17's class data sharing and Flight Recorder's class file hook crash the JVM together
    CDS=0
fi
if [[ "$CDS" != 0 ]]; then
    echo "Extracting the jar and training its class data archive…" >&2
    rm -rf "$WORK/app"
    "$JAVA" -Djarmode=tools -jar target/painwise-site.jar extract --destination "$WORK/app" >"$WORK/extract.log" 2>&1 \
        || fail "could not extract the jar; see $WORK/extract.log"
    JAR="$WORK/app/painwise-site.jar"
    if ((JAVA_FEATURE >= 25)); then
        TRAIN_OPTS=("-XX:AOTCacheOutput=$WORK/app/painwise-site.aot")
        ARCHIVE_OPTS=("-XX:AOTCache=$WORK/app/painwise-site.aot")
    else
        TRAIN_OPTS=("-XX:ArchiveClassesAtExit=$WORK/app/painwise-site.jsa")
        ARCHIVE_OPTS=("-XX:SharedArchiveFile=$WORK/app/painwise-site.jsa")
    fi
    # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
    env "${SITE_ENV[@]}" "$JAVA" $JAVA_OPTS "${TRAIN_OPTS[@]}" -Dspring.context.exit=onRefresh -jar "$JAR" \
        </dev/null >"$WORK/training.log" 2>&1 || fail "the training run failed; see $WORK/training.log"
fi
echo "Starting the site on port $SITE_PORT (java $JAVA_FEATURE $JAVA_OPTS ${ARCHIVE_OPTS[*]})…" >&2
site_up() { [[ "$(curl -s -o /dev/null -w '%{http_code}' "$SITE/" 2>/dev/null)" == 200 ]]; }
JFR_OPTS=()
if [[ "$PROFILE" != 0 ]]; then
    JFR_OPTS=("-XX:StartFlightRecording=name=bench,settings=profile,filename=$WORK/site.jfr,dumponexit=true")
fi
if [[ "$NMT" != 0 ]]; then
    JFR_OPTS+=("-XX:NativeMemoryTracking=summary")
fi
START_NS="$(date +%s%N)"
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
env "${SITE_ENV[@]}" "$JAVA" $JAVA_OPTS "${ARCHIVE_OPTS[@]}" "${JFR_OPTS[@]}" -jar "$JAR" </dev/null >"$WORK/site.log" 2>&1 &
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
    { grep -o "<input[^>]*name=\"$1\"[^>]*>" "$WORK/form-page.html" || true; } | awk 'NR == 1' | sed -n 's/.*value="\([^"]*\)".*/\1/p'
}
STARTED="$(form_value started)"
if [[ -z "$STARTED" ]]; then
    # pages that are the same for everyone carry no start time: the form's script asks for one
    STARTED="$(curl -s -f "$SITE/comments/form-start" | sed -n 's/.*"started":"\([^"]*\)".*/\1/p')"
fi
CSRF_FIELD="$(form_value _csrf)"
CSRF_COOKIE="$(awk '$6 == "XSRF-TOKEN" { print $7 }' "$WORK/cookies.txt")"
[[ -n "$STARTED" ]] || fail "no form timer (started) in the comment form of $PAGE"
if [[ -n "$CSRF_FIELD" && -z "$CSRF_COOKIE" ]]; then
    fail "the page's forms carry a CSRF token but no XSRF-TOKEN cookie came with it"
fi
curl -s -f -b "pw_visitor=$(visitor_cookie "$HELD_VISITOR")" -o "$WORK/held-page.html" "$SITE$PAGE" || fail "the held visitor's page failed"
grep -q "will report back how the first weeks go" "$WORK/held-page.html" \
    || fail "the held visitor's page does not show their held comment"
# the form timer's value must be older than the minimum fill time (3 s by default)
sleep 4

# one comment as the benchmark sends them, which must be held for moderation (not refused, not
# quietly marked as spam): its writer sees it on the page the site sends them to
CHECK_VISITOR="5e1f00000000000000000000000c4ec1"
CHECK_COOKIE="pw_visitor=$(visitor_cookie "$CHECK_VISITOR")${CSRF_COOKIE:+; XSRF-TOKEN=$CSRF_COOKIE}"
CHECK_TEXT="Checking the form before the run, number $(date +%s%N)."
read -r CHECK_STATUS CHECK_LOCATION < <(curl -s -o "$WORK/check-post.html" -w '%{http_code} %{redirect_url}\n' \
    -b "$CHECK_COOKIE" -H "X-Forwarded-For: 10.255.0.1" \
    --data-urlencode "name=Check" --data-urlencode "email=check@example.com" --data-urlencode "consent=on" \
    --data-urlencode "website=" --data-urlencode "parentId=" --data-urlencode "started=$STARTED" \
    --data-urlencode "body=$CHECK_TEXT" ${CSRF_FIELD:+--data-urlencode "_csrf=$CSRF_FIELD"} "$SITE$PAGE/comments")
[[ "$CHECK_STATUS" == 30[23] && -n "$CHECK_LOCATION" ]] \
    || fail "a comment POST got $CHECK_STATUS, not a redirect; see $WORK/check-post.html"
curl -s -f -b "$CHECK_COOKIE" -o "$WORK/check-page.html" "${CHECK_LOCATION%%#*}" \
    || fail "the page a comment POST sends its writer to failed: $CHECK_LOCATION"
grep -qF "$CHECK_TEXT" "$WORK/check-page.html" \
    || fail "a comment POST was not held for its writer (marked as spam?); see $WORK/site.log"

# ---------------------------------------------------------------------------------------------
# Measuring

# CPU time used so far by the processes serving a target, as "pid ticks" lines: nginx's master and
# workers, or the site's JVM with PostgreSQL and its backends (wrk's own time is not counted)
TICKS_PER_SECOND="$(getconf CLK_TCK)"
POSTMASTER="$(head -1 "$WORK/postgres/postmaster.pid")"
cpu_ticks() {
    local pid pids
    if [[ "$1" == nginx ]]; then
        pids="$NGINX_PID $(pgrep -P "$NGINX_PID" | tr '\n' ' ')"
    else
        pids="$SITE_PID $POSTMASTER $(pgrep -P "$POSTMASTER" | tr '\n' ' ')"
    fi
    for pid in $pids; do
        [[ -r "/proc/$pid/stat" ]] && awk -v pid="$pid" '{ sub(/^.*\) /, ""); print pid, $12 + $13 }' "/proc/$pid/stat"
    done
    return 0
}

# one wrk run; prints: requests/s p50(ms) p99(ms) errors requests CPU-ms
run_wrk() {
    local kind="$1" connections="$2" duration="$3" mode="$4" url="$5" cookie="${6:-}" out line before after
    before="$(cpu_ticks "$kind")"
    out="$(BENCH_MODE="$mode" BENCH_COOKIE="$cookie" BENCH_STARTED="$STARTED" \
        BENCH_CSRF_FIELD="$CSRF_FIELD" BENCH_CSRF_COOKIE="$CSRF_COOKIE" \
        wrk -t"$((connections < THREADS ? connections : THREADS))" -c"$connections" -d"$duration" --timeout 10s -s "$ROOT/bench/wrk.lua" "$url" 2>&1)" \
        || fail "wrk failed on $url: $out"
    after="$(cpu_ticks "$kind")"
    line="$(grep '^BENCH ' <<<"$out" | tail -1)"
    [[ -n "$line" ]] || fail "no result from wrk on $url: $out"
    local _ p50 p99 requests status sockets rps cpu_ms
    read -r _ p50 p99 requests status sockets <<<"$line"
    rps="$(awk '/^Requests\/sec:/ { print $2 }' <<<"$out")"
    cpu_ms="$(awk -v hz="$TICKS_PER_SECOND" 'NR == FNR { before[$1] = $2; next } { used += $2 - before[$1] }
        END { printf "%.0f", used * 1000 / hz }' <(echo "$before") <(echo "$after"))"
    awk -v rps="${rps:-0}" -v p50="$p50" -v p99="$p99" -v errors="$((status + sockets))" -v n="$requests" -v cpu="$cpu_ms" \
        'BEGIN { printf "%s %.1f %.1f %d %d %d\n", rps, p50 / 1000, p99 / 1000, errors, n, cpu }'
}

# the rows, in the order they run (site and nginx alternate): name|connections|mode|url|cookie
ROWS=(
    "nginx, same bytes|16|get|$NGINX$PAGE|"
    "article, anonymous|16|get|$SITE$PAGE|"
    "article, held comment|16|get|$SITE$PAGE|pw_visitor=$(visitor_cookie "$HELD_VISITOR")"
    "nginx, same bytes|64|get|$NGINX$PAGE|"
    "article, anonymous|64|get|$SITE$PAGE|"
    "search amitriptyline|16|get|$SITE/search?q=amitriptyline|"
    "search amitryptiline|16|get|$SITE/search?q=amitryptiline|"
    "comment POST|16|comment|$SITE$PAGE/comments|"
    "vote POST|16|vote|$SITE$PAGE/rating|"
    "comment POST, one reader|1|comment|$SITE$PAGE/comments|"
    "vote POST, one reader|1|vote|$SITE$PAGE/rating|"
)

if [[ -n "$ONLY" ]]; then
    SELECTED=()
    for row in "${ROWS[@]}"; do
        if [[ "${row%%|*}" =~ $ONLY ]]; then SELECTED+=("$row"); fi
    done
    ((${#SELECTED[@]} > 0)) || fail "ONLY=$ONLY matches no target"
    ROWS=("${SELECTED[@]}")
fi

echo "Warming up ($WARMUP a target)…" >&2
for row in "${ROWS[@]}"; do
    IFS='|' read -r name connections mode url cookie <<<"$row"
    kind=site
    [[ "$name" == nginx* ]] && kind=nginx
    run_wrk "$kind" "$connections" "$WARMUP" "$mode" "$url" "$cookie" >/dev/null
done

if [[ "$PROFILE" != 0 ]]; then
    jcmd "$SITE_PID" JFR.stop name=bench >/dev/null
    jcmd "$SITE_PID" JFR.start name=bench settings=profile >/dev/null
fi

# every round runs every row once; the table shows each row's median over the rounds
echo "Measuring ($ROUNDS round(s), $DURATION a run, $THREADS wrk threads)…" >&2
: >"$WORK/results.txt"
for round in $(seq 1 "$ROUNDS"); do
    for i in "${!ROWS[@]}"; do
        IFS='|' read -r name connections mode url cookie <<<"${ROWS[$i]}"
        kind=site
        [[ "$name" == nginx* ]] && kind=nginx
        measured="$(run_wrk "$kind" "$connections" "$DURATION" "$mode" "$url" "$cookie")"
        echo "$round $i $connections $kind $measured" >>"$WORK/results.txt"
        echo "  round $round: $name, $connections connections: ${measured%% *} req/s" >&2
    done
done
LOAD="$(cut -d' ' -f1-3 /proc/loadavg)"

if [[ "$PROFILE" != 0 ]]; then
    jcmd "$SITE_PID" JFR.dump name=bench filename="$WORK/site.jfr" >/dev/null
fi
RSS_MB="$(awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$SITE_PID/status")"
if [[ "$NMT" != 0 ]]; then
    { grep -E '^(VmRSS|RssAnon|RssFile|RssShmem)' "/proc/$SITE_PID/status"; jcmd "$SITE_PID" VM.native_memory summary; } \
        >"$WORK/memory.txt" 2>&1 || true
    echo "Native memory: $WORK/memory.txt" >&2
fi

# ---------------------------------------------------------------------------------------------
# The table
for i in "${!ROWS[@]}"; do echo "$i|${ROWS[$i]%%|*}"; done >"$WORK/names.txt"
echo
echo "Painwise benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'): $PAGE is $PAGE_BYTES bytes, uncompressed"
# results.txt: round row connections kind req/s p50 p99 errors requests CPU-ms
awk '
    function median(list,   n, a, i, j, t) {
        n = split(list, a, " ")
        for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] + 0 > t + 0; j--) a[j + 1] = a[j]; a[j + 1] = t }
        return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    }
    FILENAME ~ /names/ { split($0, f, "|"); name[f[1]] = f[2]; next }
    $4 == "nginx" { reference[$1 " " $3] = $5 }
    { results[NR] = $0 }
    END {
        printf "| %-24s | %5s | %9s | %8s | %8s | %6s | %12s | %10s |\n", "target", "conns", "req/s", "p50 ms", "p99 ms", "errors", "req/s÷nginx", "CPU ms/req"
        print "|--------------------------|------:|----------:|---------:|---------:|-------:|-------------:|-----------:|"
        for (r = 1; r <= NR; r++) {
            if (!(r in results)) continue
            split(results[r], v, " ")
            row = v[2]; rows[row] = 1; conns[row] = v[3]
            ref = reference[v[1] " " v[3]]; if (ref == "") ref = reference[v[1] " 16"]
            rps[row] = rps[row] " " v[5]
            ratio[row] = ratio[row] " " (ref > 0 ? 100 * v[5] / ref : 0)
            if (v[9] > 0) { p50[row] = p50[row] " " v[6]; p99[row] = p99[row] " " v[7]; cpu[row] = cpu[row] " " v[10] / v[9] }
            errors[row] += v[8]
        }
        for (row = 0; row in rows; row++) {
            if (p50[row] == "") {
                printf "| %-24s | %5d | %9.1f | %8s | %8s | %6d | %11.3f%% | %10s |\n", name[row], conns[row], median(rps[row]), "-", "-", errors[row], median(ratio[row]), "-"
            } else {
                printf "| %-24s | %5d | %9.1f | %8.1f | %8.1f | %6d | %11.3f%% | %10.2f |\n", name[row], conns[row], median(rps[row]), median(p50[row]), median(p99[row]), errors[row], median(ratio[row]), median(cpu[row])
            }
        }
    }' "$WORK/names.txt" "$WORK/results.txt"
echo
echo "Site start-up (process start to the first 200 on /): $(awk -v ms="$START_MS" 'BEGIN { printf "%.1f", ms / 1000 }') s;" \
    "resident memory after the run: $RSS_MB MB; JVM options: $JAVA_OPTS ${ARCHIVE_OPTS[*]:-(no class data archive)}; MALLOC_ARENA_MAX=2"
echo "Machine: $(nproc) cores, $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo);" \
    "$("$JAVA" -version 2>&1 | awk 'NR == 1'); $(nginx -v 2>&1 | sed 's/^nginx version: //');" \
    "wrk -t$THREADS, $ROUNDS round(s) of $DURATION a run after $WARMUP of warm-up; load average at the end: $LOAD"
echo "Each figure is the median over the rounds (errors: the sum). Ratios are to nginx at the same number of connections in the same round (16 for search and the POSTs, one reader's included)."
echo "One reader: one connection, requests one after another, so p50 is the time a reader waits for the answer; at 16 connections it is mostly waiting in line."
echo "CPU ms/req: CPU time of the site's JVM with PostgreSQL (or of nginx) per request; other programs' load changes it far less than the rates."

if [[ "$PROFILE" != 0 ]] && command -v jfr >/dev/null; then
    # one line per sample: its frames, innermost first, separated by tabs
    jfr print --stack-depth 200 --events jdk.ExecutionSample "$WORK/site.jfr" \
        | awk '/stackTrace = \[/ { inside = 1; line = ""; next }
               inside && /^[ \t]*\]/ { inside = 0; print line; next }
               inside { sub(/^[ \t]+/, ""); sub(/[ \t]+line:.*/, ""); line = line (line == "" ? "" : "\t") $0 }' \
        >"$WORK/samples.txt"
    echo
    echo "Where the site's CPU time went during the measured runs ($(wc -l <"$WORK/samples.txt") JFR execution samples):"
    echo "  running itself (top frame):"
    awk -F'\t' '{ count[$1]++ } END { for (m in count) printf "  %6.1f%%  %s\n", 100 * count[m] / NR, m }' "$WORK/samples.txt" \
        | sort -rn | awk 'NR <= 15'
    echo "  including what it calls (the site's and Thymeleaf's own methods, Spring's filters):"
    awk -F'\t' '{ delete seen; for (i = 1; i <= NF; i++) if ($i ~ /^(org\.painwise|org\.thymeleaf\.(engine|standard\.processor|spring6)|org\.springframework\.web\.(servlet\.resource|filter)|org\.commonmark)/ && !($i in seen)) { seen[$i] = 1; count[$i]++ } }
                  END { for (m in count) printf "  %6.1f%%  %s\n", 100 * count[m] / NR, m }' "$WORK/samples.txt" \
        | sort -rn | awk 'NR <= 25'
fi
