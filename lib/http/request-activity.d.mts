export declare const REQUEST_SEEN: unique symbol;
/** Stamps a request's arrival (performance.now()), unless it is a probe. */
export declare function noteRequest(url?: string): void;
/** When the last request that was not a probe arrived; -Infinity before the first. */
export declare function lastRequestAt(): number;
