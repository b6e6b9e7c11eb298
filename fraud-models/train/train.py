"""Train the fraud model on the synthetic data and export it to ONNX.

Run with Debian's interpreter (python3-sklearn, python3-onnx, python3-numpy), after
`tsx src/generate.ts` has written data/orders.csv:
    /usr/bin/python3 train/train.py [--extra labels.csv] [--version fraud-gbt-vN]

`--extra` appends labelled rows (e.g. closed fraud cases exported by the API) to the training
split: the same `feature:<name>` columns as data/orders.csv plus `label` and an optional `weight`.

Writes models/<version>.onnx, models/<version>.eval.{json,md} and test-fixtures/<version>.parity.json
(version fraud-gbt-v2 by default). There is no skl2onnx for Debian, so the GradientBoostingClassifier
is translated into one ai.onnx.ml TreeEnsembleClassifier node by hand, and that translation is
checked by re-reading the written file and evaluating it in numpy against sklearn.
"""

import argparse
import csv
import json
import math
from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score, roc_curve

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data" / "orders.csv"
DEFAULT_VERSION = "fraud-gbt-v2"


def outputs(version):
    """Every file a run writes is named after the model version."""
    return {
        "model": ROOT / "models" / f"{version}.onnx",
        "eval_json": ROOT / "models" / f"{version}.eval.json",
        "eval_md": ROOT / "models" / f"{version}.eval.md",
        "parity": ROOT / "test-fixtures" / f"{version}.parity.json",
    }

# Small on purpose: 150 depth-4 trees keep the .onnx well under 1 MB and scoring in microseconds.
PARAMS = dict(n_estimators=150, max_depth=4, learning_rate=0.1, min_samples_leaf=20, random_state=7)
TARGET_FPR = 0.01  # the false-positive budget a review team can absorb
# Review-queue capacity: 1% of orders, i.e. ~25 of the synthetic market's ~2,500 orders a day —
# about what one analyst clears in a shift at a few minutes per case.
REVIEW_CAPACITY = 0.01
CALIBRATION_BINS = 10
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
    return {
        "feature_names": [n[len("feature:"):] for n in feature_cols],
        "input_names": [n[len("input:"):] for n in input_cols],
        # Features were written as exact float32 values, so this cast is lossless.
        "X": np.array([[float(r[column[n]]) for n in feature_cols] for r in rows], dtype=np.float32),
        "inputs": [[float(r[column[n]]) for n in input_cols] for r in rows],
        "y": np.array([int(r[column["label"]]) for r in rows], dtype=np.int64),
        "split": np.array([r[column["split"]] for r in rows]),
        "typology": np.array([r[column["typology"]] for r in rows]),
    }


# ---- ONNX export -----------------------------------------------------------------------------


def float32_at_most(x):
    """Largest float32 <= x. sklearn compares float32 features against float64 thresholds
    (x <= t); for float32 x that is the same as x <= float32_at_most(t), whereas rounding t to
    the nearest float32 could round up past a feature value and flip the branch."""
    f = np.float32(x)
    return float(np.nextafter(f, np.float32(-np.inf)) if f > x else f)


def to_onnx(clf, feature_names, version):
    # sklearn starts from the log-odds of the training prior (its DummyClassifier init).
    prior = float(clf.init_.class_prior_[1])
    base = math.log(prior / (1 - prior))
    nodes = {k: [] for k in ("treeids", "nodeids", "featureids", "values", "modes", "true", "false")}
    leaves = {k: [] for k in ("treeids", "nodeids", "weights")}
    for tree_id, estimator in enumerate(clf.estimators_[:, 0]):
        tree = estimator.tree_
        for node_id in range(tree.node_count):
            left, right = int(tree.children_left[node_id]), int(tree.children_right[node_id])
            is_leaf = left == -1
            nodes["treeids"].append(tree_id)
            nodes["nodeids"].append(node_id)
            nodes["featureids"].append(0 if is_leaf else int(tree.feature[node_id]))
            nodes["values"].append(0.0 if is_leaf else float32_at_most(tree.threshold[node_id]))
            nodes["modes"].append("LEAF" if is_leaf else "BRANCH_LEQ")
            nodes["true"].append(0 if is_leaf else left)
            nodes["false"].append(0 if is_leaf else right)
            if is_leaf:
                leaves["treeids"].append(tree_id)
                leaves["nodeids"].append(node_id)
                # GBT leaves hold the Newton step; sklearn scales it by the learning rate.
                leaves["weights"].append(float(tree.value[node_id, 0, 0]) * clf.learning_rate)
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
    helper.set_model_props(model, {"feature_names": json.dumps(feature_names), "probability_column": "1"})
    onnx.checker.check_model(model)
    return model


def evaluate_onnx(model, X):
    """Independent evaluator of the exported graph: walks the node attributes as onnxruntime
    would (float32 features and thresholds), returning leaf ids per tree and P(fraud)."""
    (node,) = model.graph.node
    a = {attr.name: np.array(helper.get_attribute_value(attr)) for attr in node.attribute}
    n_trees = int(a["nodes_treeids"].max()) + 1
    leaves = np.zeros((len(X), n_trees), dtype=np.int64)
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
        leaves[:, t] = current
        raw += weight[current]
    return leaves, 1.0 / (1.0 + np.exp(-raw))


# ---- evaluation ------------------------------------------------------------------------------


def rules_score(X, names):
    """The baseline a trust-and-safety team writes by hand for the same typologies, from the same
    facts: one point per rule that fires."""
    f = {n: X[:, i].astype(np.float64) for i, n in enumerate(names)}
    amount = np.expm1(f["log_amount_major"])
    buyer_age = np.expm1(f["log_buyer_account_age_days"])
    seller_age = np.expm1(f["log_seller_account_age_days"])
    pair = np.expm1(f["log_pair_prior_orders"])
    odd_price = np.abs(f["log_price_vs_category_median"]) > math.log(3)
    new_device_hours = np.expm1(f["log_buyer_hours_since_new_device"])
    payout_change_hours = np.expm1(f["log_buyer_hours_since_payout_change"])
    rules = [
        f["buyer_orders_last_24h"] >= 5,  # velocity
        (buyer_age < 7) & (f["buyer_distinct_sellers_last_24h"] >= 2),  # new account spraying sellers
        (buyer_age < 3) & (amount >= 300),  # new account, big ticket
        (pair >= 1) & (seller_age < 30) & odd_price,  # collusion
        (buyer_age >= 30) & (new_device_hours < 48) & (payout_change_hours < 72),  # account takeover
        (f["buyer_device_shared_accounts"] >= 3) | (f["buyer_card_shared_accounts"] >= 2),  # multi-accounting
        (np.expm1(f["log_buyer_sales_last_7d"]) >= 3) & (buyer_age < 60),  # young account reselling fast
        (np.expm1(f["log_pair_prior_reviews"]) >= 1) & (seller_age < 30),  # fresh pair reviewing each other
    ]
    return np.sum(rules, axis=0).astype(np.float64)


def rules_probability(train_points, train_y, test_points):
    """A rule score is a count, not a probability; for calibration it is read as the training
    fraud rate at that count (the best any count-to-probability table could do)."""
    rate = {p: float(train_y[train_points == p].mean()) for p in np.unique(train_points)}
    prior = float(train_y.mean())
    return np.array([rate.get(p, prior) for p in test_points])


def calibration(y, proba):
    """Reliability by score decile (mean predicted vs observed), Brier score and the expected
    calibration error over equal-width probability bins."""
    order = np.argsort(proba, kind="stable")
    deciles = []
    for i, chunk in enumerate(np.array_split(order, CALIBRATION_BINS)):
        deciles.append({"decile": i + 1, "orders": int(len(chunk)), "mean_predicted": float(proba[chunk].mean()),
                        "observed_fraud_rate": float(y[chunk].mean())})
    bins = np.minimum((proba * CALIBRATION_BINS).astype(int), CALIBRATION_BINS - 1)
    ece = sum(abs(proba[bins == b].mean() - y[bins == b].mean()) * (bins == b).sum()
              for b in range(CALIBRATION_BINS) if (bins == b).any()) / len(y)
    return {"brier": float(brier_score_loss(y, proba)), "ece": float(ece), "by_decile": deciles}


def expected_top_k_hits(scores, hits, k):
    """Hits among the k highest scores, breaking ties at the cut at random (in expectation), so
    coarse rule scores are not flattered or punished by row order."""
    cut = np.sort(scores)[::-1][k - 1]
    above, tied = scores > cut, scores == cut
    share = (k - above.sum()) / tied.sum()
    return float(hits[above].sum() + share * hits[tied].sum())


def metrics(y, scores, typology, proba):
    fpr, tpr, _ = roc_curve(y, scores)
    k = math.ceil(REVIEW_CAPACITY * len(y))
    fraud = typology != "legit"
    return {
        "roc_auc": roc_auc_score(y, scores),
        "pr_auc": average_precision_score(y, scores),
        # Interpolating the ROC curve is again random tie-breaking, for the coarse rule scores.
        "recall_at_1pct_fpr": float(np.interp(TARGET_FPR, fpr, tpr)),
        "precision_at_top_1pct": expected_top_k_hits(scores, y == 1, k) / k,
        "calibration": calibration(y, proba),
        # Against ground truth rather than noisy labels: which typologies the review queue catches.
        "top_1pct_recall_by_typology": {
            t: expected_top_k_hits(scores, typology == t, k) / int((typology == t).sum())
            for t in sorted(set(typology[fraud]))
        },
    }


def rounded(value):
    if isinstance(value, dict):
        return {k: rounded(v) for k, v in value.items()}
    if isinstance(value, list):
        return [rounded(v) for v in value]
    if isinstance(value, float):
        return round(value, 6)
    return value


def write_eval(report, out):
    out["eval_json"].write_text(json.dumps(rounded(report), indent=2) + "\n")
    m, r = report["model"], report["rules_baseline"]
    lines = [
        f"# {report['model_version']} — held-out evaluation",
        "",
        f"Out-of-time test split: {report['test_rows']} orders, {report['test_positives']} labelled fraud "
        f"({report['test_positives'] / report['test_rows']:.2%}). Labels include deliberate noise (see README). "
        f"Trained on {report['train_rows']} orders ({report['extra_rows']} of them from `--extra`).",
        "",
        f"Review-queue capacity: the top {REVIEW_CAPACITY:.0%} of orders by score "
        f"({math.ceil(REVIEW_CAPACITY * report['test_rows'])} of the test split, ~25 a day).",
        "",
        "| metric | model | rules baseline |",
        "|---|---|---|",
    ]
    for key, label in [
        ("roc_auc", "ROC-AUC"),
        ("pr_auc", "PR-AUC (average precision)"),
        ("recall_at_1pct_fpr", "recall at 1% FPR"),
        ("precision_at_top_1pct", "precision at top-1% review capacity"),
    ]:
        lines.append(f"| {label} | {m[key]:.4f} | {r[key]:.4f} |")
    for key, label in [("brier", "Brier score (lower is better)"), ("ece", "expected calibration error")]:
        lines.append(f"| {label} | {m['calibration'][key]:.5f} | {r['calibration'][key]:.5f} |")
    lines += [
        "",
        f"PR-AUC ratio model / rules: {m['pr_auc'] / r['pr_auc']:.2f} (target ≥ 2).",
        "",
        "Reliability by score decile (rules: the training fraud rate at each rule count):",
        "",
        "| decile | model mean predicted | model observed | rules mean predicted | rules observed |",
        "|---|---|---|---|---|",
    ]
    for md, rd in zip(m["calibration"]["by_decile"], r["calibration"]["by_decile"]):
        lines.append(f"| {md['decile']} | {md['mean_predicted']:.4f} | {md['observed_fraud_rate']:.4f} | "
                     f"{rd['mean_predicted']:.4f} | {rd['observed_fraud_rate']:.4f} |")
    lines += [
        "",
        "Fraction of each true typology's test orders that land in the top-1% review queue:",
        "",
        "| typology | model | rules |",
        "|---|---|---|",
    ]
    for t, v in m["top_1pct_recall_by_typology"].items():
        lines.append(f"| {t} | {v:.3f} | {r['top_1pct_recall_by_typology'][t]:.3f} |")
    lines += ["", f"ONNX vs sklearn max |Δp| on the test split: {report['onnx_vs_sklearn_max_abs_diff']:.2e}.", ""]
    out["eval_md"].write_text("\n".join(lines))


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
    parser.add_argument("--version", default=DEFAULT_VERSION, help=f"model name for the output files (default {DEFAULT_VERSION})")
    args = parser.parse_args()
    out = outputs(args.version)

    data = load(DATA)
    names, X, y, typology = data["feature_names"], data["X"], data["y"], data["typology"]
    train_idx = np.flatnonzero(data["split"] == "train")
    test_idx = np.flatnonzero(data["split"] == "test")
    X_train, y_train = X[train_idx], y[train_idx]
    w_train = np.ones(len(train_idx))
    extra_rows = 0
    if args.extra:
        X_extra, y_extra, w_extra = load_extra(args.extra, names)
        extra_rows = len(y_extra)
        X_train, y_train = np.vstack([X_train, X_extra]), np.concatenate([y_train, y_extra])
        w_train = np.concatenate([w_train, w_extra])

    clf = GradientBoostingClassifier(**PARAMS).fit(X_train, y_train, sample_weight=w_train)
    X_test = X[test_idx]
    proba = clf.predict_proba(X_test)[:, 1]

    out["model"].parent.mkdir(parents=True, exist_ok=True)
    onnx.save(to_onnx(clf, names, args.version), out["model"])

    # Verify the artifact actually written, not the in-memory graph.
    leaves, onnx_proba = evaluate_onnx(onnx.load(out["model"]), X_test)
    assert np.array_equal(leaves, clf.apply(X_test)[:, :, 0].astype(np.int64)), "ONNX routes rows to other leaves"
    max_diff = float(np.max(np.abs(onnx_proba - proba)))
    assert max_diff < PARITY_TOLERANCE, f"ONNX differs from sklearn by {max_diff}"

    test_typology = typology[test_idx]
    rules_train, rules_test = rules_score(X[train_idx], names), rules_score(X_test, names)
    report = {
        "model_version": args.version,
        "params": PARAMS,
        "feature_names": names,
        "train_rows": int(len(y_train)),
        "train_positives": int(y_train.sum()),
        "extra_rows": extra_rows,
        "test_rows": int(len(test_idx)),
        "test_positives": int(y[test_idx].sum()),
        "review_capacity_share": REVIEW_CAPACITY,
        "model_bytes": out["model"].stat().st_size,
        "onnx_vs_sklearn_max_abs_diff": float(f"{max_diff:.3e}"),
        "model": metrics(y[test_idx], proba, test_typology, proba),
        "rules_baseline": metrics(y[test_idx], rules_test, test_typology,
                                  rules_probability(rules_train, y[train_idx], rules_test)),
        "feature_importances": dict(zip(names, map(float, clf.feature_importances_))),
    }
    write_eval(report, out)
    write_parity_fixture(data, test_idx, proba, args.version, out["parity"])
    summary = ("model", "rules_baseline", "onnx_vs_sklearn_max_abs_diff", "model_bytes")
    print(json.dumps(rounded({k: {kk: vv for kk, vv in report[k].items() if kk != "calibration"} if isinstance(report[k], dict) else report[k]
                              for k in summary}), indent=2))
    print(f"PR-AUC model/rules: {report['model']['pr_auc'] / report['rules_baseline']['pr_auc']:.2f}")


if __name__ == "__main__":
    main()
