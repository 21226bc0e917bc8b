#!/usr/bin/env bash
# A development checkout that cannot read the blind half: a git worktree of BRANCH (new, from BASE) whose sparse
# checkout leaves out the blind half's gold (tests/data/real/SPLIT.tsv, split "blind"), and a folder of links to the
# tune half's texts only, to give as $POLICYKG_REAL_CORPUS. A rule ("never the blind half") was broken by globs four
# times in round 33; a file that is not there cannot be read.
#
#   bash bench/dev_checkout.sh DIR BRANCH [BASE] [REAL_CORPUS]
#   -> DIR (the worktree), DIR.tune-texts (links to the 15 tune texts of REAL_CORPUS, default ../shared/corpus/real)
#   then: cd DIR && POLICYKG_REAL_CORPUS=$PWD.tune-texts .venv/bin/python bench/eval_builder.py --split real-tune
# The blind split fails there with a one-line error (its gold is absent); tests that read the blind gold fail too:
# run the full suite from a whole checkout.
set -euo pipefail
dir=${1:?usage: dev_checkout.sh DIR BRANCH [BASE] [REAL_CORPUS]}; branch=${2:?branch}; base=${3:-main}
root=$(git rev-parse --show-toplevel)
corpus=$(cd "$root" && realpath "${4:-../shared/corpus/real}")
git -C "$root" worktree add -q -b "$branch" "$dir" "$base"
cd "$dir"
git sparse-checkout set --no-cone '/*' \
  $(awk -F'\t' '$2 == "blind" { sub(/\.[a-z]+$/, "", $1); print "!/tests/data/real/" $1 ".gold.json" }' tests/data/real/SPLIT.tsv)
texts="$(realpath "$dir").tune-texts"
mkdir -p "$texts"
awk -F'\t' '$2 == "tune" { print $1 }' tests/data/real/SPLIT.tsv | while read -r name; do
  ln -sfn "$corpus/$name" "$texts/$name"
done
echo "worktree $dir ($(ls tests/data/real/*.gold.json | wc -l) gold files of tests/data/real, no blind one); tune texts: $texts ($(ls "$texts" | wc -l))"
