"""Time-decay attribution in idiomatic pandas, for comparison with `gtm attribute`.

Same rules as the domain: a touch x days before its journey's conversion (0 <= x <= lookback)
weighs 2**(-x / half_life); each converting journey's value (the first stated, else 1) is split
over its touches in proportion; a converting journey without eligible touches goes to
"(unattributed)". Prints {"model","total","channels":[{"channel","credit","share"}]} as JSON.

usage: /usr/bin/python3 attribution_pandas.py FILE.csv [HALF_LIFE_DAYS] [LOOKBACK_DAYS]
"""
import json
import sys

import numpy as np
import pandas as pd


def attribute_time_decay(path, half_life=7.0, lookback=None):
    df = pd.read_csv(path, dtype={"journey_id": str, "channel": str})
    df["touched_at"] = pd.to_datetime(df["touched_at"], utc=True)
    df["converted_at"] = pd.to_datetime(df["converted_at"], utc=True)
    df["value"] = df.groupby("journey_id", sort=False)["value"].transform("first").fillna(1.0)

    converted = df[df["converted_at"].notna()]
    journey_values = converted.groupby("journey_id", sort=False)["value"].first()
    total = float(journey_values.sum())

    x = (converted["converted_at"] - converted["touched_at"]) / pd.Timedelta(days=1)
    eligible = x >= 0
    if lookback is not None:
        eligible &= x <= lookback
    touches = converted.loc[eligible, ["journey_id", "channel", "value"]].copy()
    touches["weight"] = np.power(2.0, -x[eligible] / half_life)
    touches["credit"] = (
        touches["weight"] / touches.groupby("journey_id", sort=False)["weight"].transform("sum") * touches["value"]
    )
    credits = touches.groupby("channel")["credit"].sum()

    unattributed = journey_values[~journey_values.index.isin(touches["journey_id"].unique())].sum()
    if unattributed > 0:
        credits["(unattributed)"] = credits.get("(unattributed)", 0.0) + unattributed

    rows = sorted(credits.items(), key=lambda kv: (-kv[1], kv[0]))
    return {
        "model": "time-decay",
        "total": total,
        "channels": [
            {"channel": c, "credit": float(v), "share": float(v) / total if total else 0.0} for c, v in rows
        ],
    }


if __name__ == "__main__":
    half_life = float(sys.argv[2]) if len(sys.argv) > 2 else 7.0
    lookback = float(sys.argv[3]) if len(sys.argv) > 3 else None
    print(json.dumps(attribute_time_decay(sys.argv[1], half_life, lookback)))
