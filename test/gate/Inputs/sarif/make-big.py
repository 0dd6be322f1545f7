"""Writes a migration with 25,010 plaintext email columns spread over 251
tables (100 per table, `s.t0` .. `s.t250`; the last has 10) and a grant of
the last table to anon (10 more findings, errors), to argv[1].

Names are short on purpose: the SARIF Multitool skips files over 10,000 KB,
and the compact form of the 25,000-result log must stay under that."""
import sys

N, PER = 25010, 100
out = ["create schema s;\n"]
for i in range(N):
    if i % PER == 0:
        out.append(("\n);\n" if i else "") + "create table s.t%d (\n  id int" % (i // PER))
    out.append(",\n  email_%d text" % (i % PER))
out.append("\n);\ngrant select on s.t%d to anon;\n" % ((N - 1) // PER))
with open(sys.argv[1], "w") as f:
    f.write("".join(out))
