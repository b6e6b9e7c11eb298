// Tiny ONNX fraud models for tests: a LinearClassifier with zero weights, so every order scores
// the same chosen probability. Written as protobuf by hand (no onnx package on npm for Node).

type Bytes = number[];

const varint = (n: number): Bytes => {
  const out: Bytes = [];
  while (n >= 0x80) {
    out.push((n % 0x80) | 0x80);
    n = Math.floor(n / 0x80);
  }
  out.push(n);
  return out;
};
const tag = (field: number, wire: number) => varint(field * 8 + wire);
const message = (field: number, body: Bytes): Bytes => [...tag(field, 2), ...varint(body.length), ...body];
const text = (field: number, s: string): Bytes => message(field, [...Buffer.from(s, 'utf8')]);
const int = (field: number, n: number): Bytes => [...tag(field, 0), ...varint(n)];
const float = (field: number, x: number): Bytes => {
  const b = Buffer.alloc(4);
  b.writeFloatLE(x);
  return [...tag(field, 5), ...b];
};

// AttributeProto: name 1, s 4, floats 7, ints 8, type 20 (FLOATS 6, INTS 7, STRING 3).
const floatsAttr = (name: string, xs: number[]) => message(5, [...text(1, name), ...xs.flatMap((x) => float(7, x)), ...int(20, 6)]);
const intsAttr = (name: string, xs: number[]) => message(5, [...text(1, name), ...xs.flatMap((x) => int(8, x)), ...int(20, 7)]);
const stringAttr = (name: string, s: string) => message(5, [...text(1, name), ...text(4, s), ...int(20, 3)]);

// ValueInfoProto { name 1, type 2: TypeProto { tensor_type 1: { elem_type 1, shape 2: { dim 1: { dim_value 1 | dim_param 2 } } } } }
const tensorInfo = (field: number, name: string, elemType: number, dims: (number | string)[]) =>
  message(field, [
    ...text(1, name),
    ...message(
      2,
      message(1, [
        ...int(1, elemType),
        ...message(
          2,
          dims.flatMap((d) => message(1, typeof d === 'number' ? int(1, d) : text(2, d))),
        ),
      ]),
    ),
  ]);
const FLOAT = 1;
const INT64 = 7;

/** An ONNX fraud model over `featureNames` whose P(fraud) is `probability` for every order. */
export function constantModel(featureNames: readonly string[], probability: number): Buffer {
  const logit = Math.log(probability / (1 - probability));
  const node = message(1, [
    ...text(1, 'features'),
    ...text(2, 'label'),
    ...text(2, 'probabilities'),
    ...text(4, 'LinearClassifier'),
    ...text(7, 'ai.onnx.ml'),
    ...intsAttr('classlabels_ints', [0, 1]),
    ...floatsAttr('coefficients', new Array(2 * featureNames.length).fill(0)),
    ...floatsAttr('intercepts', [0, logit]),
    ...stringAttr('post_transform', 'SOFTMAX'),
  ]);
  const graph = message(7, [
    ...node,
    ...text(2, 'constant'),
    ...tensorInfo(11, 'features', FLOAT, ['N', featureNames.length]),
    ...tensorInfo(12, 'label', INT64, ['N']),
    ...tensorInfo(12, 'probabilities', FLOAT, ['N', 2]),
  ]);
  const opset = (domain: string, version: number) => message(8, [...text(1, domain), ...int(2, version)]);
  const metadata = message(14, [...text(1, 'feature_names'), ...text(2, JSON.stringify(featureNames))]);
  return Buffer.from([...int(1, 8), ...opset('', 17), ...opset('ai.onnx.ml', 3), ...text(2, 'agora-test'), ...graph, ...metadata]);
}
