#!/bin/sh
# dbt as a child that dies with its parent: a `chitieu run` or run worker killed mid-build (kill -9) must not
# leave dbt writing to the build file while the next run starts. setpriv (util-linux) asks the kernel to send
# SIGKILL when the parent goes; without it, dbt runs as it is.
if command -v setpriv >/dev/null 2>&1; then
    exec setpriv --pdeathsig KILL -- "$CHITIEU_DBT" "$@"
fi
exec "$CHITIEU_DBT" "$@"
