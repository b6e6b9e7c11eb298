// onnxruntime's JS API does not expose a model's metadata_props, so they are read from the file:
// ONNX files are protobuf ModelProto messages, and only one top-level field is needed.

const METADATA_PROPS = 14; // ModelProto.metadata_props: repeated StringStringEntryProto { key = 1; value = 2 }
const VARINT = 0;
const FIXED64 = 1;
const LENGTH_DELIMITED = 2;
const FIXED32 = 5;

/** The model's metadata_props as a map (train.py writes `feature_names` there as JSON). */
export function readModelMetadata(bytes: Uint8Array): Record<string, string> {
  const props: Record<string, string> = {};
  for (const field of fields(bytes)) {
    if (field.number !== METADATA_PROPS || !field.bytes) continue;
    const entry: Record<number, string> = {};
    for (const f of fields(field.bytes)) if (f.bytes) entry[f.number] = Buffer.from(f.bytes).toString('utf8');
    if (entry[1] !== undefined) props[entry[1]] = entry[2] ?? '';
  }
  return props;
}

interface Field {
  number: number;
  bytes?: Uint8Array;
}

/** The top-level fields of one protobuf message; length-delimited ones with their payload (a view, not a copy). */
function* fields(buf: Uint8Array): Generator<Field> {
  let pos = 0;
  const varint = (): number => {
    let result = 0;
    let scale = 1;
    for (;;) {
      if (pos >= buf.length) throw new Error('truncated ONNX protobuf');
      const b = buf[pos++] as number;
      result += (b & 0x7f) * scale;
      if (b < 0x80) return result;
      scale *= 128;
    }
  };
  while (pos < buf.length) {
    const tag = varint();
    const wire = tag % 8;
    const number = Math.floor(tag / 8);
    if (wire === VARINT) varint();
    else if (wire === FIXED64) pos += 8;
    else if (wire === FIXED32) pos += 4;
    else if (wire === LENGTH_DELIMITED) {
      const length = varint();
      if (pos + length > buf.length) throw new Error('truncated ONNX protobuf');
      yield { number, bytes: buf.subarray(pos, pos + length) };
      pos += length;
      continue;
    } else throw new Error(`unsupported protobuf wire type ${wire}`);
    yield { number };
  }
}
