import type { ClickHouseClient } from '@clickhouse/client';

// What an analyst's SELECT may call. An allowlist, decided here: a function is on it because it
// computes its result from its arguments alone. Left out on purpose: anything that reads files, URLs,
// other servers, dictionaries or tables by name (file, url, s3, remote*, dictGet*, joinGet*,
// hasColumnInTable), tells about the server or the session (hostName, currentUser, currentDatabase,
// getSetting, version, uptime, serverTimezone, timezone…), runs other queries or engines (chdb,
// view), sleeps or throws on purpose (sleep, throwIf), and formats rows through a format schema
// (formatRow). Built from ClickHouse 26's own function list by category (arithmetic, comparison,
// logic, conditionals, strings and string search, dates, rounding, type conversion, arrays, tuples,
// maps, JSON, hashes, encodings, URLs and IPs as strings, maths, random numbers) and reviewed name
// by name; SQL-standard spellings of the same functions are included. A name missing here is refused
// even if it is harmless: add it after reading what it does.
const SCALAR_NAMES = `
  abs accurateCast accurateCastOrDefault accurateCastOrNull acos acosh addDate addDays addHours addInterval
  addMicroseconds addMilliseconds addMinutes addMonths addNanoseconds addQuarters addSeconds
  addTupleOfIntervals addWeeks addYears age alphaTokens and appendTrailingCharIfAbsent array array_remove
  array_to_string arrayAll arrayAUCPR arrayAutocorrelation arrayAvg arrayBottomK arrayCompact arrayConcat
  arrayCount arrayCumSum arrayCumSumNonNegative arrayDifference arrayDistinct arrayDotProduct arrayElement
  arrayElementOrNull arrayEnumerate arrayEnumerateDense arrayEnumerateDenseRanked arrayEnumerateUniq
  arrayEnumerateUniqRanked arrayExcept arrayExists arrayFill arrayFilter arrayFirst arrayFirstIndex
  arrayFirstOrNull arrayFlatten arrayFold arrayIntersect arrayJaccardIndex arrayJoin arrayLast arrayLastIndex
  arrayLastOrNull arrayLevenshteinDistance arrayLevenshteinDistanceWeighted arrayMap arrayMax arrayMin
  arrayNormalizedGini arrayPartialReverseSort arrayPartialShuffle arrayPartialSort arrayPopBack arrayPopFront
  arrayProduct arrayPushBack arrayPushFront arrayRandomSample arrayReduce arrayReduceInRanges arrayRemove
  arrayResize arrayReverse arrayReverseFill arrayReverseSort arrayReverseSplit arrayROCAUC arrayRotateLeft
  arrayRotateRight arrayShiftLeft arrayShiftRight arrayShingles arrayShuffle arraySimilarity arraySlice
  arraySort arraySplit arrayStringConcat arraySum arraySymmetricDifference arrayTopK arrayTranspose arrayUnion
  arrayUniq arrayWithConstant arrayZip arrayZipUnaligned ascii asin asinh assumeNotNull atan atan2 atanh avg2
  bar base32Decode base32Encode base58Decode base58Encode base64Decode base64Encode base64URLDecode
  base64URLEncode basename bin bitAnd bitCount bitHammingDistance bitmaskToArray bitmaskToList bitNot bitOr
  bitPositionsToArray bitRotateLeft bitRotateRight bitShiftLeft bitShiftRight bitSlice bitTest bitTestAll
  bitTestAny bitXor byteHammingDistance byteSize byteSwap CARDINALITY caseFoldUTF8 caseWithExpression CAST cbrt
  ceil ceiling changeDay changeHour changeMinute changeMonth changeSecond changeYear char CHAR_LENGTH
  CHARACTER_LENGTH cityHash64 clamp coalesce compareSubstrings concat concat_ws concatAssumeInjective
  concatWithSeparator concatWithSeparatorAssumeInjective conv convertCharset cos cosh countDigits countEqual
  countMatches countMatchesCaseInsensitive countSubstrings countSubstringsCaseInsensitive
  countSubstringsCaseInsensitiveUTF8 CRC32 CRC32IEEE CRC64 curdate current_date current_timestamp cutFragment
  cutIPv6 cutQueryString cutQueryStringAndFragment cutToFirstSignificantSubdomain
  cutToFirstSignificantSubdomainCustom cutToFirstSignificantSubdomainCustomRFC
  cutToFirstSignificantSubdomainCustomWithWWW cutToFirstSignificantSubdomainCustomWithWWWRFC
  cutToFirstSignificantSubdomainRFC cutToFirstSignificantSubdomainWithWWW
  cutToFirstSignificantSubdomainWithWWWRFC cutURLParameter cutWWW damerauLevenshteinDistance DATE date_bin
  date_diff DATE_DIFF DATE_FORMAT DATE_TRUNC dateDiff dateName dateTime64ToSnowflakeID dateTimeToSnowflakeID
  dateTimeToUUIDv7 dateTrunc DAY DAYOFMONTH DAYOFWEEK DAYOFYEAR decodeHTMLComponent decodeURLComponent
  decodeURLFormComponent decodeXMLComponent degrees divide divideDecimal divideOrNull domain domainRFC
  domainWithoutWWW domainWithoutWWWRFC dotProduct dynamicElement dynamicType e editDistance editDistanceUTF8
  empty emptyArrayDate emptyArrayDateTime emptyArrayFloat32 emptyArrayFloat64 emptyArrayInt16 emptyArrayInt32
  emptyArrayInt64 emptyArrayInt8 emptyArrayString emptyArrayToSingle emptyArrayUInt16 emptyArrayUInt32
  emptyArrayUInt64 emptyArrayUInt8 encodeURLComponent encodeURLFormComponent encodeXMLComponent endsWith
  endsWithCaseInsensitive endsWithCaseInsensitiveUTF8 endsWithUTF8 equals erf erfc exp exp10 exp2 extract
  extractAll extractAllGroups extractAllGroupsHorizontal extractAllGroupsVertical extractGroups
  extractKeyValuePairs extractKeyValuePairsWithEscaping extractTextFromHTML extractURLParameter
  extractURLParameterNames extractURLParameters factorial farmFingerprint64 farmHash64 finalizeAggregation
  financialInternalRateOfReturn financialInternalRateOfReturnExtended financialNetPresentValue
  financialNetPresentValueExtended firstLine firstNonDefault firstSignificantSubdomain
  firstSignificantSubdomainCustom firstSignificantSubdomainCustomRFC firstSignificantSubdomainRFC flatten
  flattenTuple floor format FORMAT_BYTES formatDateTime formatDateTimeInJodaSyntax formatReadableDecimalSize
  formatReadableQuantity formatReadableSize formatReadableTimeDelta fragment FROM_BASE64 FROM_DAYS
  FROM_UNIXTIME from_utc_timestamp fromDaysSinceYearZero fromDaysSinceYearZero32 fromModifiedJulianDay
  fromModifiedJulianDayOrNull fromUnixTimestamp fromUnixTimestamp64Micro fromUnixTimestamp64Milli
  fromUnixTimestamp64Nano fromUnixTimestamp64Second fromUnixTimestampInJodaSyntax fromUTCTimestamp fuzzBits
  gccMurmurHash gcd generateSnowflakeID generateUUIDv4 generateUUIDv7 getSubcolumn greater greaterOrEquals
  greatest halfMD5 has hasAll hasAllTokens hasAny hasAnyTokens hasPhrase hasSubsequence
  hasSubsequenceCaseInsensitive hasSubsequenceCaseInsensitiveUTF8 hasSubsequenceUTF8 hasSubstr hasToken
  hasTokenCaseInsensitive hasTokenCaseInsensitiveOrNull hasTokenOrNull hex highlight hilbertDecode
  hilbertEncode hiveHash HOUR hypot icebergHash if ifNotFinite ifNull ilike in indexOf indexOfAssumeSorted
  INET_ATON INET_NTOA INET6_ATON INET6_NTOA initcap initcapUTF8 initializeAggregation instr intDiv intDivOrNull
  intDivOrZero intExp10 intExp2 intHash32 intHash64 IPv4CIDRToRange IPv4NumToString IPv4NumToStringClassC
  IPv4StringToNum IPv4StringToNumOrDefault IPv4StringToNumOrNull IPv4ToIPv6 IPv6CIDRToRange IPv6NumToString
  IPv6StringToNum IPv6StringToNumOrDefault IPv6StringToNumOrNull isASCII isDecimalOverflow isDistinctFrom
  isDynamicElementInSharedData isFinite isInfinite isIPAddressInRange isIPv4String isIPv6String isNaN
  isNotDistinctFrom isNotNull isNull isNullable isPrime isProbablePrime isValidASCII isValidJSON isValidUTF8
  isZeroOrNull jaroSimilarity jaroWinklerSimilarity javaHash javaHashUTF16LE JSON_ARRAY_LENGTH JSON_EXISTS
  JSON_QUERY JSON_VALUE JSONAllPaths JSONAllPathsWithTypes JSONAllValues JSONArrayLength JSONDynamicPaths
  JSONDynamicPathsWithTypes JSONExtract JSONExtractArrayRaw JSONExtractArrayRawCaseInsensitive JSONExtractBool
  JSONExtractBoolCaseInsensitive JSONExtractCaseInsensitive JSONExtractFloat JSONExtractFloatCaseInsensitive
  JSONExtractInt JSONExtractIntCaseInsensitive JSONExtractKeys JSONExtractKeysAndValues
  JSONExtractKeysAndValuesCaseInsensitive JSONExtractKeysAndValuesRaw
  JSONExtractKeysAndValuesRawCaseInsensitive JSONExtractKeysCaseInsensitive JSONExtractRaw
  JSONExtractRawCaseInsensitive JSONExtractString JSONExtractStringCaseInsensitive JSONExtractUInt
  JSONExtractUIntCaseInsensitive JSONHas JSONKey JSONLength jsonMergePatch JSONMergePatch JSONSharedDataPaths
  JSONSharedDataPathsWithTypes JSONType jumpConsistentHash kafkaMurmurHash keccak256 kostikConsistentHash
  lambda LAST_DAY lcase lcm least left leftPad leftPadUTF8 leftUTF8 length lengthUTF8 less lessOrEquals
  levenshteinDistance levenshteinDistanceUTF8 lgamma like ln localtime localtimestamp locate log log10 log1p
  log2 lower lowerUTF8 lpad ltrim makeDate makeDate32 makeDateTime makeDateTime64 map MAP_FROM_ARRAYS mapAdd
  mapAll mapApply mapConcat mapContains mapContainsKey mapContainsKeyLike mapContainsValue mapContainsValueLike
  mapExists mapExtractKeyLike mapExtractValueLike mapFilter mapFromArrays mapKeys mapPartialReverseSort
  mapPartialSort mapPopulateSeries mapReverseSort mapSort mapSubtract mapUpdate mapValues match materialize
  max2 MD4 MD5 metroHash64 MICROSECOND mid midpoint MILLISECOND min2 minus MINUTE mod modOrNull modulo
  moduloLegacy moduloOrNull moduloOrZero MONTH monthName mortonDecode mortonEncode multiFuzzyMatchAllIndices
  multiFuzzyMatchAny multiFuzzyMatchAnyIndex multiIf multiMatchAllIndices multiMatchAny multiMatchAnyIndex
  multiply multiplyDecimal multiSearchAllPositions multiSearchAllPositionsCaseInsensitive
  multiSearchAllPositionsCaseInsensitiveUTF8 multiSearchAllPositionsUTF8 multiSearchAny
  multiSearchAnyCaseInsensitive multiSearchAnyCaseInsensitiveUTF8 multiSearchAnyUTF8 multiSearchFirstIndex
  multiSearchFirstIndexCaseInsensitive multiSearchFirstIndexCaseInsensitiveUTF8 multiSearchFirstIndexUTF8
  multiSearchFirstPosition multiSearchFirstPositionCaseInsensitive multiSearchFirstPositionCaseInsensitiveUTF8
  multiSearchFirstPositionUTF8 murmurHash2_32 murmurHash2_64 murmurHash3_128 murmurHash3_32 murmurHash3_64
  naiveBayesNgrams NANOSECOND naturalSortKey negate netloc ngramDistance ngramDistanceCaseInsensitive
  ngramDistanceCaseInsensitiveUTF8 ngramDistanceUTF8 ngramMinHash ngramMinHashArg
  ngramMinHashArgCaseInsensitive ngramMinHashArgCaseInsensitiveUTF8 ngramMinHashArgUTF8
  ngramMinHashCaseInsensitive ngramMinHashCaseInsensitiveUTF8 ngramMinHashUTF8 ngrams ngramSearch
  ngramSearchCaseInsensitive ngramSearchCaseInsensitiveUTF8 ngramSearchUTF8 ngramSimHash
  ngramSimHashCaseInsensitive ngramSimHashCaseInsensitiveUTF8 ngramSimHashUTF8 normalizeUTF8NFC
  normalizeUTF8NFD normalizeUTF8NFKC normalizeUTF8NFKCCasefold normalizeUTF8NFKD not notEmpty notEquals
  notILike notIn notLike notNullIn now now64 nowInBlock nowInBlock64 nullIf nullIn OCTET_LENGTH or overlay
  overlayUTF8 parseDateTime parseDateTime32BestEffort parseDateTime32BestEffortOrNull
  parseDateTime32BestEffortOrZero parseDateTime64 parseDateTime64BestEffort parseDateTime64BestEffortOrNull
  parseDateTime64BestEffortOrZero parseDateTime64BestEffortUS parseDateTime64BestEffortUSOrNull
  parseDateTime64BestEffortUSOrZero parseDateTime64InJodaSyntax parseDateTime64InJodaSyntaxOrNull
  parseDateTime64InJodaSyntaxOrZero parseDateTime64OrNull parseDateTime64OrZero parseDateTimeBestEffort
  parseDateTimeBestEffortOrNull parseDateTimeBestEffortOrZero parseDateTimeBestEffortUS
  parseDateTimeBestEffortUSOrNull parseDateTimeBestEffortUSOrZero parseDateTimeInJodaSyntax
  parseDateTimeInJodaSyntaxOrNull parseDateTimeInJodaSyntaxOrZero parseDateTimeOrNull parseDateTimeOrZero
  parseReadableSize parseReadableSizeOrNull parseReadableSizeOrZero parseTimeDelta path pathFull pi plus pmod
  pmodOrNull port portRFC position positionCaseInsensitive positionCaseInsensitiveUTF8 positionUTF8
  positive_modulo positive_modulo_or_null positiveModulo positiveModuloOrNull pow power prettyPrintJSON printf
  proportionsZTest protocol QUARTER queryString queryStringAndFragment radians rand rand32 rand64 randBernoulli
  randBinomial randCanonical randChiSquared randConstant randExponential randFisherF randLogNormal
  randNegativeBinomial randNormal randomFixedString randomHadamardTransform randomPrintableASCII randomString
  randomStringUTF8 randPoisson randStudentT randUniform range REGEXP_EXTRACT regexp_instr REGEXP_MATCHES
  REGEXP_REPLACE REGEXP_SUBSTR regexpExtract regexpInstr regexpPosition regexpQuoteMeta reinterpret
  reinterpretAsDate reinterpretAsDateTime reinterpretAsFixedString reinterpretAsFloat32 reinterpretAsFloat64
  reinterpretAsInt128 reinterpretAsInt16 reinterpretAsInt256 reinterpretAsInt32 reinterpretAsInt64
  reinterpretAsInt8 reinterpretAsString reinterpretAsUInt128 reinterpretAsUInt16 reinterpretAsUInt256
  reinterpretAsUInt32 reinterpretAsUInt64 reinterpretAsUInt8 reinterpretAsUUID removeAccentsUTF8
  removeDiacriticsUTF8 repeat replace replaceAll replaceOne replaceRegexpAll replaceRegexpOne replicate reverse
  reverseBySeparator reverseUTF8 right rightPad rightPadUTF8 rightUTF8 RIPEMD160 round roundAge roundBankers
  roundDown roundDuration roundToExp2 rpad rtrim SECOND SHA1 SHA224 SHA256 SHA384 SHA512 SHA512_256 sigmoid
  sign simpleJSONExtractBool simpleJSONExtractFloat simpleJSONExtractInt simpleJSONExtractRaw
  simpleJSONExtractString simpleJSONExtractUInt simpleJSONHas sin sinh sipHash128 sipHash128Keyed
  sipHash128Reference sipHash128ReferenceKeyed sipHash64 sipHash64Keyed snowflakeIDToDateTime
  snowflakeIDToDateTime64 soundex space sparseGrams sparseGramsHashes sparseGramsHashesUTF8 sparseGramsUTF8
  splitByAlpha splitByChar splitByNonAlpha splitByRegexp splitByString splitByWhitespace sqidDecode sqidEncode
  sqr sqrt startsWith startsWithCaseInsensitive startsWithCaseInsensitiveUTF8 startsWithUTF8 str_to_date
  str_to_map stringBytesEntropy stringBytesUniq stringJaccardIndex stringJaccardIndexUTF8 subDate substr
  substring SUBSTRING_INDEX substringIndex substringIndexUTF8 substringUTF8 subtractDays subtractHours
  subtractInterval subtractMicroseconds subtractMilliseconds subtractMinutes subtractMonths subtractNanoseconds
  subtractQuarters subtractSeconds subtractTupleOfIntervals subtractWeeks subtractYears tan tanh tgamma
  time_bucket timeDiff timeSlot timeSlots timestamp timestamp_diff TIMESTAMP_DIFF timestampDiff timezoneOf
  timeZoneOf timezoneOffset timeZoneOffset TO_BASE64 TO_DAYS TO_UNIXTIME to_utc_timestamp toBFloat16
  toBFloat16OrNull toBFloat16OrZero toBool toDate toDate32 toDate32OrDefault toDate32OrNull toDate32OrZero
  toDateOrDefault toDateOrNull toDateOrZero toDateTime toDateTime32 toDateTime64 toDateTime64OrDefault
  toDateTime64OrNull toDateTime64OrZero toDateTimeOrDefault toDateTimeOrNull toDateTimeOrZero today
  toDayOfMonth toDayOfWeek toDayOfYear toDaysInMonth toDaysSinceYearZero toDecimal128 toDecimal128OrDefault
  toDecimal128OrNull toDecimal128OrZero toDecimal256 toDecimal256OrDefault toDecimal256OrNull
  toDecimal256OrZero toDecimal32 toDecimal32OrDefault toDecimal32OrNull toDecimal32OrZero toDecimal64
  toDecimal64OrDefault toDecimal64OrNull toDecimal64OrZero toDecimalString toFixedString toFloat32
  toFloat32OrDefault toFloat32OrNull toFloat32OrZero toFloat64 toFloat64OrDefault toFloat64OrNull
  toFloat64OrZero toHour toInt128 toInt128OrDefault toInt128OrNull toInt128OrZero toInt16 toInt16OrDefault
  toInt16OrNull toInt16OrZero toInt256 toInt256OrDefault toInt256OrNull toInt256OrZero toInt32 toInt32OrDefault
  toInt32OrNull toInt32OrZero toInt64 toInt64OrDefault toInt64OrNull toInt64OrZero toInt8 toInt8OrDefault
  toInt8OrNull toInt8OrZero toInterval toIntervalDay toIntervalHour toIntervalMicrosecond toIntervalMillisecond
  toIntervalMinute toIntervalMonth toIntervalNanosecond toIntervalQuarter toIntervalSecond toIntervalWeek
  toIntervalYear toIPv4 toIPv4OrDefault toIPv4OrNull toIPv4OrZero toIPv6 toIPv6OrDefault toIPv6OrNull
  toIPv6OrZero toISOWeek toISOYear toJSONString tokens tokensForLikePattern toLastDayOfMonth toLastDayOfWeek
  toLowCardinality toMicrosecond toMillisecond toMinute toModifiedJulianDay toModifiedJulianDayOrNull toMonday
  toMonth toMonthNumSinceEpoch toNanosecond toNullable topLevelDomain topLevelDomainRFC toQuarter
  toRelativeDayNum toRelativeHourNum toRelativeMinuteNum toRelativeMonthNum toRelativeQuarterNum
  toRelativeSecondNum toRelativeWeekNum toRelativeYearNum toSecond toStartOfDay toStartOfFifteenMinutes
  toStartOfFiveMinute toStartOfFiveMinutes toStartOfHour toStartOfInterval toStartOfISOYear
  toStartOfMicrosecond toStartOfMillisecond toStartOfMinute toStartOfMonth toStartOfNanosecond toStartOfQuarter
  toStartOfSecond toStartOfTenMinutes toStartOfWeek toStartOfYear toString toStringCutToZero toTime toTime64
  toTime64OrNull toTime64OrZero toTimeOrNull toTimeOrZero toTimeWithFixedDate toTimezone toTimeZone toTypeName
  toUInt128 toUInt128OrDefault toUInt128OrNull toUInt128OrZero toUInt16 toUInt16OrDefault toUInt16OrNull
  toUInt16OrZero toUInt256 toUInt256OrDefault toUInt256OrNull toUInt256OrZero toUInt32 toUInt32OrDefault
  toUInt32OrNull toUInt32OrZero toUInt64 toUInt64OrDefault toUInt64OrNull toUInt64OrZero toUInt8
  toUInt8OrDefault toUInt8OrNull toUInt8OrZero toUnixTimestamp toUnixTimestamp64Micro toUnixTimestamp64Milli
  toUnixTimestamp64Nano toUnixTimestamp64Second toUTCTimestamp toUUID toUUIDOrDefault toUUIDOrNull toUUIDOrZero
  toValidUTF8 toWeek toYear toYearNumSinceEpoch toYearWeek toYYYYMM toYYYYMMDD toYYYYMMDDhhmmss transform
  translate translateUTF8 trim trimBoth trimLeft trimRight trunc truncate tryBase32Decode tryBase58Decode
  tryBase64Decode tryBase64URLDecode tuple tupleConcat tupleDivide tupleDivideByNumber tupleElement
  tupleHammingDistance tupleIntDiv tupleIntDivByNumber tupleIntDivOrZero tupleIntDivOrZeroByNumber tupleMinus
  tupleModulo tupleModuloByNumber tupleMultiply tupleMultiplyByNumber tupleNames tupleNegate tuplePlus
  tuplePositiveModuloByNumber tupleToNameValuePairs ucase unbin unhex upper upperUTF8 URLHash URLHierarchy
  URLPathHierarchy UTC_timestamp UTCTimestamp UUIDNumToString UUIDStringToNum UUIDToNum UUIDv7ToDateTime
  variantElement variantType visitParamExtractBool visitParamExtractFloat visitParamExtractInt
  visitParamExtractRaw visitParamExtractString visitParamExtractUInt visitParamHas week width_bucket
  widthBucket wordShingleMinHash wordShingleMinHashArg wordShingleMinHashArgCaseInsensitive
  wordShingleMinHashArgCaseInsensitiveUTF8 wordShingleMinHashArgUTF8 wordShingleMinHashCaseInsensitive
  wordShingleMinHashCaseInsensitiveUTF8 wordShingleMinHashUTF8 wordShingleSimHash
  wordShingleSimHashCaseInsensitive wordShingleSimHashCaseInsensitiveUTF8 wordShingleSimHashUTF8 wyHash64 xor
  xxh3 xxh3_128 xxHash32 xxHash64 xxHash64Spark YEAR yearweek yesterday YYYYMMDDhhmmssToDateTime
  YYYYMMDDhhmmssToDateTime64 YYYYMMDDToDate YYYYMMDDToDate32`;

/** Scalar functions an analyst may call (names compared case-insensitively, as ClickHouse may). */
export const SCALAR_FUNCTIONS: ReadonlySet<string> = new Set(
  SCALAR_NAMES.trim()
    .split(/\s+/)
    .map((name) => name.toLowerCase()),
);

/** Table functions allowed in FROM: number series only. */
export const TABLE_FUNCTIONS: ReadonlySet<string> = new Set(['numbers', 'numbers_mt', 'zeros', 'zeros_mt', 'generateseries', 'generate_series']);

/** `x IN t` reads table t when its right side is a bare name: the name is checked like a table's. */
export const IN_FUNCTIONS: ReadonlySet<string> = new Set(['in', 'notin', 'nullin', 'notnullin']);

export interface AggregateFunctions {
  names: ReadonlySet<string>;
  /** Combinator suffixes (If, State, Merge, OrNull…), longest first. */
  combinators: readonly string[];
}

/**
 * Aggregate and window functions compute over their input rows only, so every built-in one is
 * allowed; the list comes from the engine (on the app's own client), as do the combinators. User-
 * defined functions are not built-in (`origin` is not 'System') and are never included.
 */
export async function loadAggregateFunctions(client: ClickHouseClient): Promise<AggregateFunctions> {
  const rows = async (query: string) => (await client.query({ query, format: 'JSONEachRow' })).json<{ name: string }>();
  const [names, combinators] = await Promise.all([
    rows("SELECT name FROM system.functions WHERE is_aggregate AND origin = 'System'"),
    rows('SELECT name FROM system.aggregate_function_combinators WHERE NOT is_internal'),
  ]);
  return {
    names: new Set(names.map((r) => r.name.toLowerCase())),
    combinators: combinators.map((r) => r.name.toLowerCase()).sort((a, b) => b.length - a.length),
  };
}

/** An aggregate function, possibly with combinators (sumIf, uniqMergeState, quantilesIfOrNull…). */
export function isAggregate(name: string, aggregates: AggregateFunctions): boolean {
  if (aggregates.names.has(name)) return true;
  return aggregates.combinators.some((c) => name.length > c.length && name.endsWith(c) && isAggregate(name.slice(0, -c.length), aggregates));
}
