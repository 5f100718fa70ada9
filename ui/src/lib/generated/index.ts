// Generated from the Rust types by src-tauri/tests/bindings.rs. Do not edit:
// change the Rust type and run `UPDATE_BINDINGS=1 cargo test -p safeplan-app --test bindings`.

export * from './types';
export * from './labels';
export * from './rules';
export * from './commands';
