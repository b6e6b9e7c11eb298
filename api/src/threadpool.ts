// libuv's thread pool (default 4 threads) runs scrypt, file I/O, DNS lookups and zlib, and it is sized
// once, when first used: so this is main.ts's first import. The password gate holds scrypt to
// PASSWORD_HASH_CONCURRENCY threads; 8 leaves the rest free for everything else. An explicit
// UV_THREADPOOL_SIZE wins.
process.env.UV_THREADPOOL_SIZE ??= '8';
