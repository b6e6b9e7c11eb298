export { isFraudCaseParty } from './fraud-case-party';
export { FraudCaseResponse, fraudCaseExists, insertFraudCase, insertStreamFraudCase, listFraudCases, noConfirmedFraudBy, streamCaseDecidedSince, toFraudCaseResponse } from './fraud-cases.repository';
export { decideFraudCase, type FraudDecision } from './fraud-cases.service';
