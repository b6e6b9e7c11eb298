import busboy from 'busboy';
import type { Request } from 'express';
import { AppError } from './errors';

/** RouteDef.multipart: the form field that carries the files, and the bounds busboy enforces while it streams. */
export interface MultipartLimits {
  field: string;
  maxFiles: number;
  maxFileBytes: number;
}

export interface UploadedFile {
  /** The name the client gave: shown back in messages, never used for a path or a type. */
  filename: string;
  bytes: Buffer;
}

const refuse = (status: number, code: string, field: string, message: string) => new AppError(status, code, `Invalid body: ${field} (${message})`, [{ field, message }]);

/**
 * Reads a multipart/form-data body into memory within its limits: files only, all under `field`.
 * Busboy stops reading a file at `maxFileBytes` (413) and counts files and fields as they stream; the
 * first refusal ends the parse and the rest of the body is drained, never buffered.
 */
export function readMultipart(req: Request, limits: MultipartLimits): Promise<{ files: UploadedFile[] }> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      // Few parts besides the files: a body of thousands of tiny parts is refused early.
      parser = busboy({ headers: req.headers, limits: { files: limits.maxFiles, fileSize: limits.maxFileBytes, fields: 0, parts: limits.maxFiles + 1 } });
    } catch {
      reject(refuse(400, 'invalid_multipart', 'header.Content-Type', 'must be multipart/form-data with a boundary'));
      return;
    }
    const files: Promise<UploadedFile>[] = [];
    let failed = false;
    const fail = (err: AppError) => {
      if (failed) return;
      failed = true;
      req.unpipe(parser);
      req.resume();
      reject(err);
    };
    parser.on('file', (name, stream, info) => {
      if (name !== limits.field) {
        stream.resume();
        fail(refuse(422, 'unexpected_field', name, `is not a field of this form: send the files as ${limits.field}`));
        return;
      }
      files.push(
        new Promise((done) => {
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('limit', () => fail(refuse(413, 'file_too_large', limits.field, `${info.filename || 'a file'} is over ${limits.maxFileBytes / 1024 / 1024} MB`)));
          stream.on('end', () => done({ filename: info.filename ?? '', bytes: Buffer.concat(chunks) }));
        }),
      );
    });
    parser.on('field', (name) => fail(refuse(422, 'unexpected_field', name, `is not a field of this form: send the files as ${limits.field}`)));
    parser.on('filesLimit', () => fail(refuse(422, 'too_many_files', limits.field, `must hold at most ${limits.maxFiles} files per request`)));
    parser.on('fieldsLimit', () => fail(refuse(422, 'unexpected_field', 'body', `must hold only files, as ${limits.field}`)));
    parser.on('partsLimit', () => fail(refuse(422, 'too_many_files', limits.field, `must hold at most ${limits.maxFiles} files per request`)));
    parser.on('error', () => fail(refuse(400, 'invalid_multipart', 'body', 'is not a well-formed multipart/form-data body')));
    parser.on('close', () => {
      if (!failed) void Promise.all(files).then((all) => (failed ? undefined : resolve({ files: all })));
    });
    req.on('error', () => fail(refuse(400, 'invalid_multipart', 'body', 'ended before it was complete')));
    req.pipe(parser);
  });
}
