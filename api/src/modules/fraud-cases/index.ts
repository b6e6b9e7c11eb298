export { isFraudCaseParty } from './case-party';
export { FraudCaseResponse, fraudCaseExists, hasOpenFraudCase, insertFraudCase, listFraudCases, toFraudCaseResponse } from './fraud-cases.repository';
export { fraudCasesRoutes } from './fraud-cases.routes';
export { decideFraudCase, type FraudDecision } from './fraud-cases.service';
