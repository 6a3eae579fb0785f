#!/bin/sh
# Regenerates the expected output of every conformance program from the
# reference interpreter (lua5.3).
#
#   conformance/regen.sh            # all programs
#   conformance/regen.sh core/x.lua # only the named programs (relative to conformance/)
#
# For each DIR/NAME.lua it runs `cd DIR && lua5.3 NAME.lua` (stdin from NAME.in when
# that file exists, /dev/null otherwise) and writes:
#   DIR/NAME.out  stdout, byte for byte (always written)
#   DIR/NAME.err  only when lua5.3 exits non-zero: line 1 = exit status,
#                 line 2 = first stderr line without the leading "lua5.3: "
# Stale .out/.err files whose .lua is gone are removed. Running it twice gives
# identical results.
#
# runtime/ is skipped: its programs use the process runtime, which lua5.3
# does not have, and their expectations are written and checked by hand.
set -eu

LUA=lua5.3
if ! command -v "$LUA" >/dev/null 2>&1; then
	echo "regen.sh: '$LUA' not found in PATH; install it with: apt-get install -y lua5.3" >&2
	exit 1
fi
if ! "$LUA" -v 2>&1 | grep -q '^Lua 5\.3'; then
	echo "regen.sh: '$LUA' is not a Lua 5.3 interpreter: $("$LUA" -v 2>&1)" >&2
	exit 1
fi
TIMEOUT=
if command -v timeout >/dev/null 2>&1; then
	TIMEOUT="timeout 60"
fi

cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

if [ $# -gt 0 ]; then
	printf '%s\n' "$@" >"$tmp/list"
else
	find . -path ./runtime -prune -o -type f -name '*.lua' -print | sed 's|^\./||' | LC_ALL=C sort >"$tmp/list"
	# drop expectations whose program no longer exists
	find . -path ./runtime -prune -o -type f \( -name '*.out' -o -name '*.err' \) -print | while read -r f; do
		if [ ! -f "${f%.*}.lua" ]; then
			echo "regen.sh: removing stale $f"
			rm -f "$f"
		fi
	done
fi

count=0
fails=0
while read -r prog; do
	case $prog in *.lua) ;; *) echo "regen.sh: not a .lua file: $prog" >&2; exit 1 ;; esac
	case $prog in runtime/*|./runtime/*) echo "regen.sh: $prog is hand-verified (runtime/): edit its .out by hand" >&2; exit 1 ;; esac
	if [ ! -f "$prog" ]; then
		echo "regen.sh: no such program: $prog" >&2
		exit 1
	fi
	dir=$(dirname "$prog")
	name=$(basename "$prog" .lua)
	input=/dev/null
	if [ -f "$dir/$name.in" ]; then
		input=$name.in
	fi
	set +e
	(cd "$dir" && $TIMEOUT "$LUA" "$name.lua" <"$input" >"$tmp/out" 2>"$tmp/err")
	status=$?
	set -e
	if [ -n "$TIMEOUT" ] && [ "$status" -eq 124 ]; then
		echo "regen.sh: $prog timed out under $LUA" >&2
		exit 1
	fi
	cp "$tmp/out" "$dir/$name.out"
	if [ "$status" -ne 0 ]; then
		first=$(head -n 1 "$tmp/err")
		first=${first#"$LUA: "}
		printf '%s\n%s\n' "$status" "$first" >"$dir/$name.err"
		fails=$((fails + 1))
	else
		rm -f "$dir/$name.err"
	fi
	count=$((count + 1))
done <"$tmp/list"

echo "regen.sh: $count programs regenerated ($fails exit non-zero and have a .err file)"
