// onnxruntime-node checks `data instanceof BigInt64Array` etc. against the host realm's
// constructors; jest's sandbox has its own, so hand it the host's.
const { TestEnvironment } = require('jest-environment-node');

const HOST_GLOBALS = [
  'ArrayBuffer',
  'SharedArrayBuffer',
  'Uint8Array',
  'Uint8ClampedArray',
  'Int8Array',
  'Uint16Array',
  'Int16Array',
  'Uint32Array',
  'Int32Array',
  'Float32Array',
  'Float64Array',
  'BigInt64Array',
  'BigUint64Array',
  'DataView',
];

class AgoraEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of HOST_GLOBALS) this.global[name] = globalThis[name];
  }
}

module.exports = AgoraEnvironment;
