export { CURRENCY_EXPONENTS, currencyExponent } from './currencies';
export { MAX_AMOUNT, MoneySchema, feeFor, toAmount, type Money } from './money';
