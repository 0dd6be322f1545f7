#!/bin/sh
# try-kind.sh HOOKS KIND PROJECT: runs `pre-commit try-repo HOOKS privlint
# --all-files` in a fresh git repository PROJECT holding KIND/plaintext, then
# again with KIND/encrypted staged instead. Prints each run's hook report (from
# the hook's line on) and its exit status. HOME and PRE_COMMIT_HOME come from
# the caller.
set -u
hooks=$1 kind=$2 proj=$3
rm -rf "$proj"
git init -q "$proj" || exit 2
for variant in plaintext encrypted; do
  git -C "$proj" rm -rqf --ignore-unmatch . || exit 2
  cp -R "$kind/$variant/." "$proj/" || exit 2
  git -C "$proj" add -A || exit 2
  echo "== $variant: $(git -C "$proj" ls-files | tr '\n' ' ')"
  out=$(cd "$proj" && pre-commit try-repo "$hooks" privlint --all-files 2>&1)
  rc=$?
  printf '%s\n' "$out" | sed -n '/^privlint /,$p'
  echo "rc=$rc"
done
