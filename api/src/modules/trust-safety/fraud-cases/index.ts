export { isFraudCaseParty } from './fraud-case-party';
export { FraudCaseResponse, fraudCaseExists, insertFraudCase, listFraudCases, toFraudCaseResponse } from './fraud-cases.repository';
export { decideFraudCase, type FraudDecision } from './fraud-cases.service';
