// Pure decisions about proposals: content rules (lengths, 一事一案), the filing window, co-signers,
// and the status machine (file → co-sign → review → answer → rate), each returning the next doc.
// Split along its sections; import from here or from the section module.
export * from './content';
export * from './status';
export * from './filing';
export * from './review';
export * from './answering';
