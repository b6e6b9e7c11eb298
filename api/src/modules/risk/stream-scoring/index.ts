export { type Detector, type Evidence, type Finding, detectorVersion } from './detector';
export { detectorsFrom, runStreamScoring } from './stream-scoring';
export { type OpenOutcome, openStreamCase } from './stream-cases.service';
