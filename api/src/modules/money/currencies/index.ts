export { CURRENCY_EXPONENTS, currencyExponent } from './currencies';
export { MAX_AMOUNT, MoneyResponse, MoneySchema, feeFor, toAmount, type Money } from './money';
