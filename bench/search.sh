#!/usr/bin/env bash
# Search benchmark: the site on an embedded PostgreSQL with the sample content plus 10,000
# generated published articles, measured with wrk for a few kinds of query, beside nginx serving a
# static file of the same size as a search page (the reference), in the same run. Prints a table.
#
#   bench/search.sh                      # defaults below
#   PORT=8091 DURATION=20s CONNECTIONS=8 bench/search.sh
#
# Needs: a JDK 17+, wrk, nginx, curl. Everything it starts is stopped when it ends, however it ends.
# The generated database is kept in target/bench-search/postgres, so a second run starts quickly;
# `rm -rf target/bench-search` (or ./mvnw clean) starts from scratch.
set -euo pipefail

cd "$(dirname "$0")/.."

PORT="${PORT:-8091}"
NGINX_PORT="${NGINX_PORT:-$((PORT + 1))}"
DURATION="${DURATION:-15s}"
CONNECTIONS="${CONNECTIONS:-4}"
THREADS="${THREADS:-2}"
WARMUP="${WARMUP:-5s}"
WORK="$PWD/target/bench-search"
SITE="http://localhost:$PORT"

for tool in wrk nginx curl; do
    command -v "$tool" >/dev/null || { echo "bench/search.sh needs $tool" >&2; exit 1; }
done

mkdir -p "$WORK/nginx/www" "$WORK/nginx/logs"
SITE_PID=""
NGINX_PID=""

stop() {
    if [[ -n "$SITE_PID" ]] && kill -0 "$SITE_PID" 2>/dev/null; then
        # the site runs in a process group of its own: Maven and the JVM it forks
        kill -TERM -- "-$SITE_PID" 2>/dev/null || true
        for _ in $(seq 1 30); do kill -0 "$SITE_PID" 2>/dev/null || break; sleep 1; done
        kill -KILL -- "-$SITE_PID" 2>/dev/null || true
    fi
    if [[ -n "$NGINX_PID" ]] && kill -0 "$NGINX_PID" 2>/dev/null; then
        kill -QUIT "$NGINX_PID" 2>/dev/null || true
    fi
}
trap stop EXIT INT TERM

echo "Building…" >&2
./mvnw -q -o test-compile

echo "Starting the site on port $PORT (the first run generates 10,000 articles)…" >&2
# templates are cached as in production; the page cache is off, so every request really searches
setsid ./mvnw -q -o spring-boot:test-run \
    -Dspring-boot.run.main-class=org.painwise.site.SearchBenchmarkSite \
    -Dspring-boot.run.jvmArguments="-Dpainwise.data-dir=$WORK/postgres" \
    -Dspring-boot.run.arguments="--server.port=$PORT --logging.level.root=WARN --spring.thymeleaf.cache=true --page-cache.enabled=false" \
    >"$WORK/site.log" 2>&1 &
SITE_PID=$!

for _ in $(seq 1 600); do
    grep -q "Search benchmark site ready" "$WORK/site.log" 2>/dev/null && break
    kill -0 "$SITE_PID" 2>/dev/null || { echo "The site stopped; see $WORK/site.log" >&2; exit 1; }
    sleep 1
done
grep "Search benchmark site ready" "$WORK/site.log" >&2 || { echo "The site did not start in 10 minutes" >&2; exit 1; }

# the processes whose CPU time is counted: the site's JVM, PostgreSQL and its backends
SITE_JVM="$(ss -ltnpH "sport = :$PORT" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)"
POSTMASTER="$(head -1 "$WORK/postgres/postmaster.pid")"

# the reference: nginx serving a file with the bytes of a search page
curl -fsS "$SITE/search?q=amitriptyline" -o "$WORK/nginx/www/search.html"
cat >"$WORK/nginx/nginx.conf" <<EOF
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log warn;
events { worker_connections 256; }
http {
    access_log off;
    client_body_temp_path $WORK/nginx/tmp;
    proxy_temp_path $WORK/nginx/tmp;
    fastcgi_temp_path $WORK/nginx/tmp;
    uwsgi_temp_path $WORK/nginx/tmp;
    scgi_temp_path $WORK/nginx/tmp;
    types { text/html html; }
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $WORK/nginx/www;
    }
}
EOF
mkdir -p "$WORK/nginx/tmp"
chmod -R a+rX "$WORK/nginx/www"
nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -g 'daemon off;' &
NGINX_PID=$!
sleep 1
curl -fsS -o /dev/null "http://127.0.0.1:$NGINX_PORT/search.html"

# wrk's latency in milliseconds
to_ms() {
    awk -v v="$1" 'BEGIN {
        n = v + 0
        if (v ~ /us$/) n = n / 1000; else if (v ~ /ms$/) n = n; else if (v ~ /m$/) n = n * 60000; else if (v ~ /s$/) n = n * 1000
        printf "%.2f", n
    }'
}

# CPU time, in clock ticks, used so far by each process serving: "pid ticks" lines
TICKS_PER_SECOND="$(getconf CLK_TCK)"
server_pids() {
    if [[ "$1" == nginx ]]; then
        echo "$NGINX_PID"; pgrep -P "$NGINX_PID" || true
    else
        echo "$SITE_JVM"; echo "$POSTMASTER"; pgrep -P "$POSTMASTER" || true
    fi
}
cpu_ticks() {
    local pid
    for pid in $(server_pids "$1"); do
        [[ -r "/proc/$pid/stat" ]] && awk -v pid="$pid" '{ sub(/^.*\) /, ""); print pid, $12 + $13 }' "/proc/$pid/stat"
    done
    return 0
}
# CPU milliseconds the servers used between two cpu_ticks snapshots (processes gone by then are missed)
cpu_ms() {
    awk -v hz="$TICKS_PER_SECOND" 'NR == FNR { before[$1] = $2; next } { used += $2 - before[$1] } END { printf "%.0f", (used * 1000 / hz) }' \
        <(echo "$1") <(echo "$2")
}

# prints: requests/s p50(ms) p99(ms) errors CPU-ms-per-request
measure() {
    local url="$1" kind="$2" out before after requests
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$url" >/dev/null
    before="$(cpu_ticks "$kind")"
    out="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$url")"
    after="$(cpu_ticks "$kind")"
    requests="$(awk '/requests in/ { print $1 }' <<<"$out")"
    local rps p50 p99 non2xx sockets
    rps="$(awk '/^Requests\/sec:/ { print $2 }' <<<"$out")"
    p50="$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")"
    p99="$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")"
    non2xx="$(awk '/Non-2xx or 3xx responses:/ { print $NF }' <<<"$out")"
    sockets="$(awk '/Socket errors:/ { gsub(",", ""); print $4 + $6 + $8 + $10 }' <<<"$out")"
    echo "$rps $p50 $p99 $(( ${non2xx:-0} + ${sockets:-0} )) $(awk -v ms="$(cpu_ms "$before" "$after")" -v n="$requests" 'BEGIN { printf "%.3f", (n > 0 ? ms / n : 0) }')"
}

declare -a NAMES=("nginx, same-size file" "correct word" "misspelling" "prefix" "brand name" "no match" "everyday phrase" "suggestions (JSON)")
declare -a URLS=(
    "http://127.0.0.1:$NGINX_PORT/search.html"
    "$SITE/search?q=amitriptyline"
    "$SITE/search?q=amitryptiline"
    "$SITE/search?q=amitrip"
    "$SITE/search?q=Elavil"
    "$SITE/search?q=xqzzvb"
    "$SITE/search?q=nerve+pain+tablets"
    "$SITE/search/suggestions?q=amitr"
)

echo "Measuring: $THREADS threads, $CONNECTIONS connections, $DURATION each after $WARMUP of warm-up…" >&2
REF_RPS=""
REF_P99=""
printf '%-22s %-20s %8s %8s %8s %6s %11s %10s %12s\n' "query" "q" "req/s" "p50 ms" "p99 ms" "errors" "req/s÷nginx" "p99×nginx" "CPU ms/req"
for i in "${!URLS[@]}"; do
    kind=site
    [[ "$i" == 0 ]] && kind=nginx
    read -r rps p50 p99 errors cpu <<<"$(measure "${URLS[$i]}" "$kind")"
    if [[ -z "$REF_RPS" ]]; then
        REF_RPS="$rps"
        REF_P99="$p99"
    fi
    q="${URLS[$i]#*q=}"
    [[ "$i" == 0 ]] && q="static, $(wc -c <"$WORK/nginx/www/search.html") bytes"
    awk -v name="${NAMES[$i]}" -v q="$q" -v rps="$rps" -v p50="$p50" -v p99="$p99" -v err="$errors" \
        -v rrps="$REF_RPS" -v rp99="$REF_P99" -v cpu="$cpu" 'BEGIN {
        printf "%-22s %-20s %8.0f %8.2f %8.2f %6d %11.4f %10.1f %12.3f\n", name, q, rps, p50, p99, err, rps / rrps, (rp99 > 0 ? p99 / rp99 : 0), cpu
    }'
done
echo "CPU ms/req: CPU time of the site's JVM, PostgreSQL and its backends (nginx for its row) per request, which the load other programs put on the machine changes far less than latency." >&2
echo "Articles: $(grep -o 'ready with [0-9]* published' "$WORK/site.log" | grep -o '[0-9]*') published; $(nproc) CPU cores shared by wrk, nginx, the site and PostgreSQL." >&2
