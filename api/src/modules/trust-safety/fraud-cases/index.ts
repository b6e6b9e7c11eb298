export { isFraudCaseParty } from './fraud-case-party';
export { listFraudCases } from './fraud-case-list.read-model';
export {
  FraudCaseResponse,
  fraudCaseExists,
  hasConfirmedFraud,
  insertFraudCase,
  insertStreamFraudCase,
  noConfirmedFraudBy,
  streamCaseDecidedSince,
  toFraudCaseResponse,
} from './fraud-cases.repository';
export { openSellerRiskCase } from './seller-risk-case';
export { decideFraudCase, type FraudDecision } from './fraud-cases.service';
