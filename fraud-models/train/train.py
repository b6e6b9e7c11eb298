"""Train the fraud model on the synthetic data and export it to ONNX.

Run with Debian's interpreter (python3-sklearn, python3-onnx, python3-numpy), after
`tsx src/generate.ts` has written data/orders.csv and data/features.json:
    /usr/bin/python3 train/train.py [--extra labels.csv] [--version fraud-gbt-vN]

`--extra` appends labelled rows (e.g. closed fraud cases exported by the API) to the training
split: the same `feature:<name>` columns as data/orders.csv plus `label` and an optional `weight`.

The recipe (since fraud-gbt-v3):
- HistGradientBoostingClassifier with monotonic constraints where the domain fixes the direction
  (features.ts `MONOTONE`, passed through data/features.json), so more velocity or a fresher device
  or payout change can never lower the score, and long-standing household accounts never raise it.
- Out of time: train on the first part of the training split, then on the last CALIBRATION_SHARE
  of it (never trained on) fit a Platt scaling of the raw score and choose the decision thresholds.
  Platt scaling is folded into the exported leaves (p = sigmoid(a·raw + b): every leaf weight × a,
  base a·base + b), so the ONNX graph itself emits calibrated probabilities.
- Thresholds from stated budgets (THRESHOLD_POLICY), recorded in the model's metadata
  `decision_thresholds`, where serving reads them.

Writes models/<version>.onnx, models/<version>.train.json (recipe, calibration, thresholds and the
shares they give on the calibration slice) and test-fixtures/<version>.parity.json. The evaluation on
both the generator's held-out split and the blind set is `npm run evaluate` (src/evaluation/).
There is no skl2onnx for Debian, so the trees are translated into one ai.onnx.ml
TreeEnsembleClassifier node by hand, and that translation is checked by re-reading the written file
and evaluating it in numpy against sklearn.
"""

import argparse
import csv
import json
import math
from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parent.parent
# Independently written training generators (src/synthetic: orders.csv; src/generator-b: orders-b.csv;
# src/generator-c: orders-c.csv); the model trains on their union, so it learns what their typologies
# share, not one author's parameters.
DATA_FILES = ["orders.csv", "orders-b.csv", "orders-c.csv"]
FEATURES = ROOT / "data" / "features.json"
DEFAULT_VERSION = "fraud-gbt-v3"


def outputs(version):
    """Every file a run writes is named after the model version."""
    return {
        "model": ROOT / "models" / f"{version}.onnx",
        "train_json": ROOT / "models" / f"{version}.train.json",
        "parity": ROOT / "test-fixtures" / f"{version}.parity.json",
    }

# Shallow trees (15 leaves) and a strong leaf minimum: patterns must recur across many orders to be
# learned, which is what keeps the model off one generator's quirks.
PARAMS = dict(max_iter=250, learning_rate=0.06, max_leaf_nodes=15, min_samples_leaf=80, l2_regularization=1.0,
              max_bins=255, early_stopping=False, random_state=7)
# The tail of the (time-ordered) training split kept for calibration and thresholds.
CALIBRATION_SHARE = 0.25
# The budgets the thresholds are chosen for, on the calibration slice. Each legitimate-segment limit
# is half the target (0.5% blocked, 3% reviewed), a margin for a set the model never saw.
THRESHOLD_POLICY = {
    "review_capacity": 0.01,  # share of all payments in review, ~25 a day at 2,500 payments a day
    "step_up_budget": 0.03,  # share of all payments asked to verify (friction, not loss)
    "segment_block_max": 0.0025,
    "segment_review_max": 0.015,  # reviewed or blocked
    "segment_min_rows": 200,  # smaller segments are too noisy to bind a threshold
}
PARITY_ROWS = 300
PARITY_TOLERANCE = 1e-5


def load(path):
    with open(path, newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        rows = list(reader)
    column = {name: i for i, name in enumerate(header)}
    feature_cols = [n for n in header if n.startswith("feature:")]
    input_cols = [n for n in header if n.startswith("input:")]
    typology = np.array([r[column["typology"]] for r in rows])
    return {
        "feature_names": [n[len("feature:"):] for n in feature_cols],
        "input_names": [n[len("input:"):] for n in input_cols],
        # Features were written as exact float32 values, so this cast is lossless.
        "X": np.array([[float(r[column[n]]) for n in feature_cols] for r in rows], dtype=np.float32),
        "inputs": [[float(r[column[n]]) for n in input_cols] for r in rows],
        "y": np.array([int(r[column["label"]]) for r in rows], dtype=np.int64),
        "split": np.array([r[column["split"]] for r in rows]),
        "typology": typology,
        # A generator without segments: every legitimate order is one segment.
        "segment": np.array([r[column["segment"]] for r in rows]) if "segment" in column
        else np.where(typology == "legit", "ordinary", typology),
    }


def load_all(paths):
    """The union of several generators' rows, each row tagged with its file (`source`). Segments are
    named per file, so every generator's legitimate segments bind the thresholds separately."""
    parts = [load(p) for p in paths]
    first = parts[0]
    for p, part in zip(paths, parts):
        assert part["feature_names"] == first["feature_names"] and part["input_names"] == first["input_names"], f"{p}: other columns than {paths[0]}"
    prefix = (lambda i, seg: seg) if len(parts) == 1 else (lambda i, seg: np.char.add(f"{paths[i].stem}:", seg))
    return {
        "feature_names": first["feature_names"],
        "input_names": first["input_names"],
        "X": np.vstack([p["X"] for p in parts]),
        "inputs": [row for p in parts for row in p["inputs"]],
        "y": np.concatenate([p["y"] for p in parts]),
        "split": np.concatenate([p["split"] for p in parts]),
        "typology": np.concatenate([p["typology"] for p in parts]),
        "segment": np.concatenate([prefix(i, p["segment"]) for i, p in enumerate(parts)]),
        "source": np.concatenate([np.full(len(p["y"]), i) for i, p in enumerate(parts)]),
    }


# ---- ONNX export -----------------------------------------------------------------------------


def float32_at_most(x):
    """Largest float32 <= x. sklearn compares float32 features against float64 thresholds
    (x <= t); for float32 x that is the same as x <= float32_at_most(t), whereas rounding t to
    the nearest float32 could round up past a feature value and flip the branch."""
    f = np.float32(x)
    return float(np.nextafter(f, np.float32(-np.inf)) if f > x else f)


def to_onnx(clf, platt, feature_names, version, metadata):
    """One TreeEnsembleClassifier node emitting calibrated probabilities: sklearn's raw score is
    baseline + Σ leaf values (learning rate already applied); Platt's p = sigmoid(a·raw + b) is
    folded in by scaling every leaf by a and setting the base to a·baseline + b."""
    a, b = platt
    base = a * float(np.ravel(clf._baseline_prediction)[0]) + b
    nodes = {k: [] for k in ("treeids", "nodeids", "featureids", "values", "modes", "true", "false")}
    leaves = {k: [] for k in ("treeids", "nodeids", "weights")}
    for tree_id, (predictor,) in enumerate(clf._predictors):
        for node_id, n in enumerate(predictor.nodes):
            is_leaf = bool(n["is_leaf"])
            assert is_leaf or not n["is_categorical"], "categorical splits are not exported"
            nodes["treeids"].append(tree_id)
            nodes["nodeids"].append(node_id)
            nodes["featureids"].append(0 if is_leaf else int(n["feature_idx"]))
            nodes["values"].append(0.0 if is_leaf else float32_at_most(n["num_threshold"]))
            nodes["modes"].append("LEAF" if is_leaf else "BRANCH_LEQ")
            nodes["true"].append(0 if is_leaf else int(n["left"]))
            nodes["false"].append(0 if is_leaf else int(n["right"]))
            if is_leaf:
                leaves["treeids"].append(tree_id)
                leaves["nodeids"].append(node_id)
                leaves["weights"].append(float(n["value"]) * a)
    # onnxruntime's binary branch: with one class id and mixed-sign weights it emits
    # [sigmoid(-f), sigmoid(f)]; all-positive weights would select a different formula.
    assert min(leaves["weights"]) < 0 < max(leaves["weights"])

    node = helper.make_node(
        "TreeEnsembleClassifier",
        inputs=["features"],
        outputs=["label", "probabilities"],
        domain="ai.onnx.ml",
        classlabels_int64s=[0, 1],
        base_values=[base],
        post_transform="LOGISTIC",
        nodes_treeids=nodes["treeids"],
        nodes_nodeids=nodes["nodeids"],
        nodes_featureids=nodes["featureids"],
        nodes_values=nodes["values"],
        nodes_modes=nodes["modes"],
        nodes_truenodeids=nodes["true"],
        nodes_falsenodeids=nodes["false"],
        class_treeids=leaves["treeids"],
        class_nodeids=leaves["nodeids"],
        class_ids=[0] * len(leaves["nodeids"]),
        class_weights=leaves["weights"],
    )
    width = len(feature_names)
    graph = helper.make_graph(
        [node],
        version,
        [helper.make_tensor_value_info("features", TensorProto.FLOAT, ["N", width])],
        [
            helper.make_tensor_value_info("label", TensorProto.INT64, ["N"]),
            # Column 1 is P(fraud); the scorer reads it.
            helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, ["N", 2]),
        ],
    )
    model = helper.make_model(
        graph,
        producer_name="agora fraud-models train.py",
        # ai.onnx.ml 3 and the default domain at 17 are the newest python3-onnx 1.12 knows; both
        # are supported by onnxruntime 1.30.
        opset_imports=[helper.make_opsetid("", 17), helper.make_opsetid("ai.onnx.ml", 3)],
    )
    helper.set_model_props(model, {"feature_names": json.dumps(feature_names), "probability_column": "1",
                                   **{k: json.dumps(v) for k, v in metadata.items()}})
    onnx.checker.check_model(model)
    return model


def evaluate_onnx(model, X):
    """Independent evaluator of the exported graph: walks the node attributes as onnxruntime
    would (float32 features and thresholds), returning P(fraud)."""
    (node,) = model.graph.node
    a = {attr.name: np.array(helper.get_attribute_value(attr)) for attr in node.attribute}
    n_trees = int(a["nodes_treeids"].max()) + 1
    raw = np.full(len(X), float(a["base_values"][0]), dtype=np.float64)
    rows = np.arange(len(X))
    for t in range(n_trees):
        sel = np.flatnonzero(a["nodes_treeids"] == t)
        sel = sel[np.argsort(a["nodes_nodeids"][sel])]
        assert np.array_equal(a["nodes_nodeids"][sel], np.arange(len(sel)))  # node id == position
        feature = a["nodes_featureids"][sel]
        threshold = a["nodes_values"][sel].astype(np.float32)
        is_leaf = a["nodes_modes"][sel] == b"LEAF"
        true_ids, false_ids = a["nodes_truenodeids"][sel], a["nodes_falsenodeids"][sel]
        weight = np.zeros(len(sel), dtype=np.float32)
        in_tree = a["class_treeids"] == t
        weight[a["class_nodeids"][in_tree]] = a["class_weights"][in_tree]

        current = np.zeros(len(X), dtype=np.int64)
        while not is_leaf[current].all():
            go_true = X[rows, feature[current]] <= threshold[current]
            current = np.where(is_leaf[current], current, np.where(go_true, true_ids[current], false_ids[current]))
        raw += weight[current]
    return sigmoid(raw)


# ---- calibration and thresholds ------------------------------------------------------------


def sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


def fit_platt(raw, y):
    """p = sigmoid(a·raw + b) by maximum likelihood on held-out rows (a near-unregularised
    logistic regression on the one raw-score column)."""
    lr = LogisticRegression(C=1e6, solver="lbfgs", max_iter=1000).fit(raw.reshape(-1, 1), y)
    return float(lr.coef_[0, 0]), float(lr.intercept_[0])


def score_of(p):
    """The 0–100 score serving stores (decision-policy.ts scoreOf)."""
    return np.clip(np.floor(p * 100 + 0.5), 0, 100).astype(int)


def choose_thresholds(scores, legit, segment):
    """The lowest thresholds that respect THRESHOLD_POLICY on held-out rows: block where no
    legitimate segment would be blocked above its limit; review where the review band fits the
    queue's capacity and no segment is reviewed-or-blocked above its limit; step-up within its
    budget. Lower thresholds catch more, so the lowest admissible one is the choice."""
    policy = THRESHOLD_POLICY
    segments = [s for s in np.unique(segment[legit]) if (legit & (segment == s)).sum() >= policy["segment_min_rows"]]

    def worst_segment_share(at):
        return max(float((scores[legit & (segment == s)] >= at).mean()) for s in segments)

    block = next(t for t in range(1, 101) if worst_segment_share(t) <= policy["segment_block_max"]) if segments else 100
    band = lambda lo, hi: float(((scores >= lo) & (scores < hi)).mean())
    review = next(t for t in range(1, block + 1)
                  if t == block or (band(t, block) <= policy["review_capacity"] and worst_segment_share(t) <= policy["segment_review_max"]))
    step_up = next(t for t in range(1, review + 1) if t == review or band(t, review) <= policy["step_up_budget"])
    thresholds = {"step_up": step_up, "review": review, "block": block}
    achieved = {
        "step_up_share": band(step_up, review),
        "review_share": band(review, block),
        "block_share": float((scores >= block).mean()),
        "by_segment": {s: {"rows": int((legit & (segment == s)).sum()),
                           "blocked": float((scores[legit & (segment == s)] >= block).mean()),
                           "reviewed_or_blocked": float((scores[legit & (segment == s)] >= review).mean())}
                       for s in segments},
    }
    return thresholds, achieved


def rounded(value):
    if isinstance(value, dict):
        return {k: rounded(v) for k, v in value.items()}
    if isinstance(value, list):
        return [rounded(v) for v in value]
    if isinstance(value, float):
        return round(value, 6)
    return value


def write_parity_fixture(data, test_idx, proba, version, path):
    """A few hundred held-out rows, fraud over-sampled, with sklearn's P(fraud): the TypeScript
    test replays the raw inputs through toFeatureVector + onnxruntime and must agree."""
    rng = np.random.RandomState(PARAMS["random_state"])
    positives = test_idx[data["y"][test_idx] == 1]
    negatives = test_idx[data["y"][test_idx] == 0]
    n_pos = min(len(positives), PARITY_ROWS // 4)
    chosen = np.sort(np.concatenate([
        rng.choice(positives, n_pos, replace=False),
        rng.choice(negatives, PARITY_ROWS - n_pos, replace=False),
    ]))
    position = {int(row): i for i, row in enumerate(test_idx)}
    rows = []
    for row in chosen:
        raw = data["inputs"][row]
        rows.append({
            "input": {n: (int(v) if v.is_integer() else v) for n, v in zip(data["input_names"], raw)},
            "features": [float(x) for x in data["X"][row]],
            "sklearn_probability": float(proba[position[int(row)]]),
        })
    body = ",\n".join("    " + json.dumps(r, separators=(",", ":")) for r in rows)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "{\n"
        f'  "model": "{version}",\n'
        f'  "feature_names": {json.dumps(data["feature_names"])},\n'
        f'  "tolerance": {PARITY_TOLERANCE},\n'
        f'  "rows": [\n{body}\n  ]\n}}\n'
    )


def load_extra(path, names):
    """Labelled rows from outside the simulation (closed fraud cases): feature columns by name."""
    with open(path, newline="") as f:
        rows = list(csv.DictReader(f))
    missing = [n for n in [f"feature:{n}" for n in names] + ["label"] if rows and n not in rows[0]]
    if missing:
        raise SystemExit(f"{path}: missing columns {missing}")
    X = np.array([[float(r[f"feature:{n}"]) for n in names] for r in rows], dtype=np.float32).reshape(-1, len(names))
    y = np.array([int(r["label"]) for r in rows], dtype=np.int64)
    if not set(y.tolist()) <= {0, 1}:
        raise SystemExit(f"{path}: label must be 0 or 1")
    w = np.array([float(r.get("weight") or 1) for r in rows], dtype=np.float64)
    return X, y, w


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--extra", type=Path, help="labelled rows appended to the training split")
    parser.add_argument("--data", action="append", help=f"a generator's CSV under data/ (repeatable; default {DATA_FILES})")
    parser.add_argument("--version", default=DEFAULT_VERSION, help=f"model name for the output files (default {DEFAULT_VERSION})")
    args = parser.parse_args()
    args.data = args.data or DATA_FILES
    out = outputs(args.version)

    data = load_all([ROOT / "data" / f for f in args.data])
    names, X, y = data["feature_names"], data["X"], data["y"]
    spec = json.loads(FEATURES.read_text())
    assert spec["feature_names"] == names, "data/features.json does not describe the data files: regenerate"
    monotone = [int(spec["monotone"].get(n, 0)) for n in names]

    # Each file's rows are in time order: the tail of its training split is its calibration slice.
    fit_parts, cal_parts = [], []
    for source in range(len(args.data)):
        train_all = np.flatnonzero((data["split"] == "train") & (data["source"] == source))
        cut = int(len(train_all) * (1 - CALIBRATION_SHARE))
        fit_parts.append(train_all[:cut])
        cal_parts.append(train_all[cut:])
    fit_idx, cal_idx = np.concatenate(fit_parts), np.concatenate(cal_parts)
    # The parity fixture and the ONNX check use the first file's held-out split.
    test_idx = np.flatnonzero((data["split"] == "test") & (data["source"] == 0))
    X_fit, y_fit = X[fit_idx], y[fit_idx]
    w_fit = np.ones(len(fit_idx))
    extra_rows = 0
    if args.extra:
        X_extra, y_extra, w_extra = load_extra(args.extra, names)
        extra_rows = len(y_extra)
        X_fit, y_fit = np.vstack([X_fit, X_extra]), np.concatenate([y_fit, y_extra])
        w_fit = np.concatenate([w_fit, w_extra])

    clf = HistGradientBoostingClassifier(**PARAMS, monotonic_cst=monotone).fit(X_fit, y_fit, sample_weight=w_fit)
    platt = fit_platt(clf.decision_function(X[cal_idx]), y[cal_idx])
    calibrated = lambda rows: sigmoid(platt[0] * clf.decision_function(X[rows]) + platt[1])
    legit = data["typology"][cal_idx] == "legit"
    thresholds, achieved = choose_thresholds(score_of(calibrated(cal_idx)), legit, data["segment"][cal_idx])

    metadata = {
        "decision_thresholds": thresholds,
        "monotone_constraints": {n: m for n, m in zip(names, monotone) if m},
        "calibration": {"method": "platt", "a": platt[0], "b": platt[1], "rows": int(len(cal_idx))},
    }
    out["model"].parent.mkdir(parents=True, exist_ok=True)
    onnx.save(to_onnx(clf, platt, names, args.version, metadata), out["model"])

    # Verify the artifact actually written, not the in-memory graph.
    proba = calibrated(test_idx)
    onnx_proba = evaluate_onnx(onnx.load(out["model"]), X[test_idx])
    max_diff = float(np.max(np.abs(onnx_proba - proba)))
    assert max_diff < PARITY_TOLERANCE, f"ONNX differs from sklearn by {max_diff}"

    report = {
        "model_version": args.version,
        "params": PARAMS,
        "feature_names": names,
        **metadata,
        "threshold_policy": THRESHOLD_POLICY,
        "thresholds_on_calibration_slice": achieved,
        "data_files": args.data,
        "fit_rows": int(len(y_fit)),
        "fit_positives": int(y_fit.sum()),
        "extra_rows": extra_rows,
        "calibration_positives": int(y[cal_idx].sum()),
        "trees": len(clf._predictors),
        "model_bytes": out["model"].stat().st_size,
        "onnx_vs_sklearn_max_abs_diff": float(f"{max_diff:.3e}"),
    }
    out["train_json"].write_text(json.dumps(rounded(report), indent=2) + "\n")
    write_parity_fixture(data, test_idx, proba, args.version, out["parity"])
    print(json.dumps(rounded({k: report[k] for k in ("decision_thresholds", "calibration", "thresholds_on_calibration_slice", "trees", "model_bytes", "onnx_vs_sklearn_max_abs_diff")}), indent=2))


if __name__ == "__main__":
    main()
