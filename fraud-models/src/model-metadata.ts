// onnxruntime-node does not expose a model's custom metadata, so the few bytes that say which
// features a model file was trained on are read straight from the ONNX protobuf.

import { readFile } from 'node:fs/promises';

const METADATA_PROPS = 14; // ModelProto.metadata_props: repeated StringStringEntryProto {key = 1, value = 2}

/** Walks one protobuf message, calling `onField` for every length-delimited field. */
function eachBytesField(buf: Uint8Array, onField: (field: number, bytes: Uint8Array) => void): void {
  let pos = 0;
  const varint = (): number => {
    let result = 0;
    for (let shift = 0; ; shift += 7) {
      if (pos >= buf.length) throw new Error('truncated ONNX file');
      const byte = buf[pos++]!;
      result += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return result;
    }
  };
  while (pos < buf.length) {
    const key = varint();
    const wire = key % 8;
    if (wire === 0) varint();
    else if (wire === 1) pos += 8;
    else if (wire === 5) pos += 4;
    else if (wire === 2) {
      const length = varint();
      onField(Math.floor(key / 8), buf.subarray(pos, pos + length));
      pos += length;
    } else throw new Error(`unsupported protobuf wire type ${wire}`);
  }
}

/** The model file's metadata_props as a map. */
export async function readModelMetadata(modelPath: string): Promise<Map<string, string>> {
  const props = new Map<string, string>();
  const text = new TextDecoder();
  eachBytesField(await readFile(modelPath), (field, entry) => {
    if (field !== METADATA_PROPS) return;
    let key = '';
    let value = '';
    eachBytesField(entry, (f, bytes) => {
      if (f === 1) key = text.decode(bytes);
      if (f === 2) value = text.decode(bytes);
    });
    props.set(key, value);
  });
  return props;
}

/** The columns a model was trained on (its metadata `feature_names`), for vectorFor. */
export async function readFeatureNames(modelPath: string): Promise<string[]> {
  const raw = (await readModelMetadata(modelPath)).get('feature_names');
  const names: unknown = raw === undefined ? undefined : JSON.parse(raw);
  if (!Array.isArray(names) || !names.every((n) => typeof n === 'string')) {
    throw new Error(`${modelPath} has no feature_names metadata`);
  }
  return names;
}
