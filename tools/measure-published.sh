#!/usr/bin/env bash
# Published formats at national size (docs/PERFORMANCE.md): generates a file per reader with ./kam generate-published
# (unless it is there already), imports them into a new store with the JVM heap at 1 GiB, and records per step the rows
# read, the rate the import reports, the wall time, the peak heap (from the JVM's GC log) and the peak RSS; then times
# ./kam infer-influence on the result.
#
#   tools/measure-published.sh [--dir=/tmp/kam-national] [--scale=1] [--seed=42] [--steps=...] [--keep] [--infer-heap=1g]
#
# Steps (default: read-nppes,read-partd,read-shared,read-payments,newstore,infer, in this order):
#   read-nppes, read-partd, read-shared, read-payments: each reader alone over its file, no database
#     (./kam java -jar tools/target/kam-tools.jar read-published);
#   newstore: ONE command, every file of the run into a new store (NewStorePublishedImport: one validation, Neo4j's
#     offline importer): ./kam import --format=auto Product_vod__c.csv (our catalog as a Veeva product export) NPPES
#     PartD shared-patients OpenPayments --kam.embedded.data-dir=STORE; besides the table row it records the rows read
#     per file, the import time and rows/s (all files' rows / the import's time) and the phases the run logs (first
#     reads, validation and neo4j-admin files, Neo4j's importer);
#   nppes, catalog, partd, shared, payments (optional, the older way): NPPES into a new store, then each file into that
#     store by transactions (./kam import --format=NAME, one command each);
#   infer: ./kam infer-influence on the store.
#
# --scale=1 is national size: NPPES 7,000,000 rows, Part D 25,000,000, shared patients 50,000,000, Open Payments
# 2,000,000 (a published program year has ~15M; this one is smaller); --scale=0.2 is a fifth of each (one nation of a
# fifth the providers: every file of a run is generated with --universe = the NPPES rows). The store is new: a run with
# the newstore or nppes step deletes it first (without either, the steps go on with the store a previous run left with
# --keep). Generated files and the store are deleted at the end unless --keep. Results: <dir>/results.md (a Markdown
# table) and the commands' output in <dir>/logs.
#
# Peak heap: the largest heap occupancy the GC log shows before a collection ("used"), and the largest after one (the
# live data), from -Xlog:gc (unified logging, lines "Pause ... 512M->80M(1024M)"). RSS: GNU time's maximum resident
# set size of the command (heap, Neo4j's page cache and off-heap buffers, the JVM itself).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir=/tmp/kam-national
scale=1
seed=42
steps=read-nppes,read-partd,read-shared,read-payments,newstore,infer
keep=false
infer_heap=1g
for a in "$@"; do
  case "$a" in
    --dir=*) dir="${a#*=}" ;;
    --scale=*) scale="${a#*=}" ;;
    --seed=*) seed="${a#*=}" ;;
    --steps=*) steps="${a#*=}" ;;
    --keep) keep=true ;;
    --infer-heap=*) infer_heap="${a#*=}" ;;
    *) sed -n '2,30p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
  esac
done
rows() { awk -v s="$scale" -v n="$1" 'BEGIN { printf "%d", s * n }'; }
nppes_rows=$(rows 7000000)
partd_rows=$(rows 25000000)
shared_rows=$(rows 50000000)
payments_rows=$(rows 2000000)
store="$dir/store"
logs="$dir/logs"
mkdir -p "$dir" "$logs"
results="$dir/results.md"
nppes_file="$dir/npidata_pfile_20050523-20250608.csv"
partd_file="$dir/MUP_DPR_RY25_P04_V10_DY24_NPIBN.csv"
shared_file="$dir/physician-shared-patient-patterns-2024-days30.txt"
payments_file="$dir/OP_DTL_GNRL_PGYR2024_P06302025_06162025.csv"
catalog_file="$dir/catalog/Product.csv"
veeva_file="$dir/veeva/Product_vod__c.csv"
heap=(-Xmx1g -XX:+UseParallelGC)

cd "$here"
generate() { # format rows file
  [ -s "$3" ] && return 0
  ./kam generate-published --format="$1" --rows="$2" --out="$3" --seed="$seed" --universe="$nppes_rows" 2> "$logs/generate-$1.log"
  tail -1 "$logs/generate-$1.log"
}

# size of an -Xlog:gc figure in MiB: 512M, 1G, 300K
mib() { awk '{ v = substr($0, 1, length($0) - 1); u = substr($0, length($0)); if (u == "G") v *= 1024; if (u == "K") v /= 1024; printf "%d\n", v }'; }

measure() { # step what kam-args...
  local step="$1" what="$2"; shift 2
  local gc="$logs/$step.gc.log" out="$logs/$step.out" t0 t1 status=0
  rm -f "$gc"
  t0=$(date +%s.%N)
  KAM_JAVA_OPTS="${heap[*]} -Xlog:gc:file=$gc" /usr/bin/time -f '%M' -o "$logs/$step.rss" ./kam "$@" > "$out" 2> "$logs/$step.err" || status=$?
  t1=$(date +%s.%N)
  local used live rss rate read wall
  used=$(grep -oE '[0-9]+[KMG]->' "$gc" 2>/dev/null | tr -d '>-' | mib | sort -n | tail -1 || true)
  # live data: the largest heap left after a full collection (after a young one, old garbage may still be counted)
  live=$(grep 'Pause Full' "$gc" 2>/dev/null | grep -oE '>[0-9]+[KMG]\(' | tr -d '>(' | mib | sort -n | tail -1 || true)
  [ -n "$live" ] || live=$(grep -oE '>[0-9]+[KMG]\(' "$gc" 2>/dev/null | tr -d '>(' | mib | sort -n | tail -1 || true)
  rss=$(( $(tail -1 "$logs/$step.rss" 2>/dev/null || echo 0) / 1024 ))
  rate=$(grep -oE '\([0-9,]+ rows/s' "$out" | tail -1 | tr -d '(' || true)
  read=$(grep -oE '(Total: )?[0-9,]+ rows read' "$out" | tail -1 | sed 's/Total: //; s/ rows read//' || true)
  wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.0f", b - a }')
  # no rate (infer-influence): the command's first line that is not a log line
  [ -n "$rate" ] || rate=$(grep -v '^\s*$' "$out" | grep -v '^20[0-9][0-9]-' | grep -v '^\s' | head -1 | cut -c1-200 | tr '|' '/' || true)
  [ "$status" = 0 ] || rate="FAILED (exit $status, see $logs/$step.err)"
  echo "| $what | ${read:--} | ${rate:--} | ${wall} s | ${used:-?} MiB | ${live:-?} MiB | ${rss} MiB |" | tee -a "$results"
}

{
  echo
  echo "Run $(date -u +%Y-%m-%dT%H:%MZ), scale $scale, seed $seed, $(nproc) cores, heap ${heap[*]}, store $store"
  echo
  echo "| Step | Rows read | Rate (import report) | Wall (command) | Peak heap used | Live heap (max after a full GC) | Peak RSS |"
  echo "|---|---|---|---|---|---|---|"
} | tee -a "$results"

reader() { # step format file
  # ./kam java runs java as given: the heap and the GC log go on its command line
  measure "$1" "$2 alone ($(basename "$3"))" java "${heap[@]}" -Xlog:gc:file="$logs/$1.gc.log" \
    -jar tools/target/kam-tools.jar read-published --format="$2" \
    --catalog="$catalog_file" --seed="$seed" --universe="$nppes_rows" "$3"
}

# 1234567 -> 1,234,567
commas() { sed -e ':a' -e 's/\([0-9]\)\([0-9]\{3\}\)\($\|[^0-9]\)/\1,\2\3/' -e 'ta'; }
# seconds between the first log lines matching two patterns (ISO timestamps at the start of Spring's log lines)
log_secs() { # file from-pattern to-pattern
  local a b
  a=$(grep -m1 -E "$2" "$1" | cut -c1-24 || true)
  b=$(grep -m1 -E "$3" "$1" | cut -c1-24 || true)
  [ -n "$a" ] && [ -n "$b" ] || { echo "?"; return; }
  awk -v a="$(date -d "$a" +%s.%N)" -v b="$(date -d "$b" +%s.%N)" 'BEGIN { printf "%.1f", b - a }'
}

# rows, import time, rate and phases of the newstore step's one command, from its report and log
newstore_details() {
  local out="$logs/newstore.out" total secs phases built wall
  total=$(grep -oE '^Total: [0-9,]+ rows read' "$out" | tail -1 | grep -oE '[0-9,]+' | tr -d , || true)
  secs=$(grep -E '^Total: ' "$out" | tail -1 | grep -oE 'in [0-9.]+ s' | grep -oE '[0-9.]+' || true)
  wall=$(awk -v a="$newstore_t0" -v b="$newstore_t1" 'BEGIN { printf "%.0f", b - a }')
  phases=$(grep -oE "New store from published files: .*" "$out" | tail -1 || true)
  # the store built: the three phases the run logs, in ms
  built=$(echo "$phases" | grep -oE '[0-9]+ ms' | awk '{ s += $1 } END { if (NR == 3) printf "%.1f", s / 1000 }')
  {
    echo
    echo "newstore, rows read per file (the report's per-file time is the whole run's, not the file's):"
    grep -E '^[^ ].* \(.*, as of .*\): ' "$out" | sed -E 's/^(.*) \(([^,]*), as of [^)]*\): (.*)$/- \1 (\2): \3/' || true
    if [ -n "$total" ] && [ -n "$secs" ]; then
      echo "- total: $total file rows in one run; import $secs s (the report's Total: from the first read to the last" \
        "write, Neo4j's start, schema migrations and the service's start-up included): $(awk -v n="$total" -v s="$secs" \
        'BEGIN { printf "%d", n / s }') rows/s; command wall ${wall} s" | commas
    else
      echo "- no Total line: the command failed? see $out and $logs/newstore.err"
    fi
    echo "- phases (logged): ${phases:-none logged}"
    if [ -n "$built" ] && [ -n "$total" ]; then
      echo "- the store built (first reads + validation and neo4j-admin files + Neo4j's importer): $built s," \
        "$(awk -v n="$total" -v s="$built" 'BEGIN { printf "%d", n / s }') rows/s" | commas
    fi
    echo "- then: Neo4j started in $(grep -oE 'Embedded Neo4j started in [0-9]+ ms' "$out" | head -1 | sed -E 's/.* in ([0-9]+) ms/\1/' | commas) ms;" \
      "schema migrations and the service's start-up $(log_secs "$out" 'Applying schema migration V1' 'Started KamGraphApplication') s;" \
      "after start-up (upserts of relationships that repeat an identity, the report) $(log_secs "$out" 'Started KamGraphApplication' 'kam.audit') s"
    echo
  } | tee -a "$results"
}

# a run with the newstore or nppes step starts from a new store; without either, the steps go into the store a previous
# run left (--keep)
case ",$steps," in *,nppes,*|*,newstore,*) rm -rf "$store" ;; esac
mkdir -p "$(dirname "$catalog_file")"
generate product-catalog 0 "$catalog_file"
for step in ${steps//,/ }; do
  case "$step" in
    read-nppes) generate nppes "$nppes_rows" "$nppes_file"; reader "$step" nppes "$nppes_file" ;;
    read-partd) generate partd-prescribers "$partd_rows" "$partd_file"; reader "$step" partd-prescribers "$partd_file" ;;
    read-shared) generate shared-patients "$shared_rows" "$shared_file"; reader "$step" shared-patients "$shared_file" ;;
    read-payments) generate open-payments-general "$payments_rows" "$payments_file"
      reader "$step" open-payments-general "$payments_file" ;;
    newstore)
      generate nppes "$nppes_rows" "$nppes_file"
      generate partd-prescribers "$partd_rows" "$partd_file"
      generate shared-patients "$shared_rows" "$shared_file"
      generate open-payments-general "$payments_rows" "$payments_file"
      mkdir -p "$(dirname "$veeva_file")"
      generate veeva-product 0 "$veeva_file"
      rm -rf "$store" "$dir/rejects"
      newstore_t0=$(date +%s.%N)
      measure newstore "all files, one run into a new store (--format=auto)" import --format=auto "$veeva_file" \
        "$nppes_file" "$partd_file" "$shared_file" "$payments_file" --kam.embedded.data-dir="$store" --rejects="$dir/rejects"
      newstore_t1=$(date +%s.%N)
      newstore_details ;;
    nppes)
      generate nppes "$nppes_rows" "$nppes_file"
      measure nppes "nppes ($nppes_rows rows, new store)" import --format=nppes "$nppes_file" \
        --kam.embedded.data-dir="$store" --rejects="$dir/rejects" ;;
    catalog)
      measure catalog "Product.csv (our dialect)" import "$catalog_file" --kam.embedded.data-dir="$store" ;;
    partd)
      generate partd-prescribers "$partd_rows" "$partd_file"
      measure partd "partd-prescribers ($partd_rows rows)" import --format=partd-prescribers "$partd_file" \
        --kam.embedded.data-dir="$store" --rejects="$dir/rejects" ;;
    shared)
      generate shared-patients "$shared_rows" "$shared_file"
      measure shared "shared-patients ($shared_rows pairs)" import --format=shared-patients "$shared_file" \
        --kam.embedded.data-dir="$store" --rejects="$dir/rejects" ;;
    payments)
      generate open-payments-general "$payments_rows" "$payments_file"
      measure payments "open-payments-general ($payments_rows rows)" import --format=open-payments-general \
        "$payments_file" --kam.embedded.data-dir="$store" --rejects="$dir/rejects" ;;
    infer)
      heap=(-Xmx"$infer_heap" -XX:+UseParallelGC)
      measure infer "infer-influence (heap $infer_heap)" infer-influence --as-of=2025-06-30 --kam.embedded.data-dir="$store" ;;
    *) echo "unknown step $step" >&2; exit 2 ;;
  esac
done

if [ "$keep" = false ]; then
  rm -rf "$store" "$nppes_file" "$partd_file" "$shared_file" "$payments_file" "$dir/catalog" "$dir/veeva" "$dir/rejects"
fi
echo "results: $results"
