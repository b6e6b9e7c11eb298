export { isFraudCaseParty } from './fraud-case-party';
export { FraudCaseResponse, fraudCaseExists, hasOpenFraudCase, insertFraudCase, insertStreamFraudCase, listFraudCases, noConfirmedFraudBy, streamCaseDecidedSince, toFraudCaseResponse } from './fraud-cases.repository';
export { decideFraudCase, type FraudDecision } from './fraud-cases.service';
