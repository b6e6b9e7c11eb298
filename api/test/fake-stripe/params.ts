import { invalidRequest, missingParam } from './errors';
import type { FormObject, FormValue } from './form';
import type { Metadata } from './objects';

/** Typed reads of form parameters, failing with the errors Stripe returns for bad input. */
export class Params {
  constructor(
    private readonly values: FormObject,
    allowed: readonly string[],
  ) {
    const unknown = Object.keys(values).find((key) => !allowed.includes(key));
    if (unknown) throw invalidRequest(`Received unknown parameter: ${unknown}`, { code: 'parameter_unknown', param: unknown });
  }

  string(name: string): string | undefined;
  string(name: string, required: true): string;
  string(name: string, required = false): string | undefined {
    const value = this.values[name];
    if (value === undefined || value === '') {
      if (required) throw missingParam(name);
      return undefined;
    }
    if (typeof value !== 'string') throw invalidRequest(`Invalid string: ${name}`, { code: 'parameter_invalid_string', param: name });
    return value;
  }

  integer(name: string): number | undefined;
  integer(name: string, required: true): number;
  integer(name: string, required = false): number | undefined {
    const raw = required ? this.string(name, true) : this.string(name);
    if (raw === undefined) return undefined;
    if (!/^-?\d+$/.test(raw)) throw invalidRequest(`Invalid integer: ${raw}`, { code: 'parameter_invalid_integer', param: name });
    const value = Number(raw);
    if (value <= 0) throw invalidRequest(`This value must be greater than or equal to 1.`, { code: 'parameter_invalid_integer', param: name });
    return value;
  }

  boolean(name: string): boolean {
    const raw = this.string(name);
    if (raw === undefined) return false;
    if (raw !== 'true' && raw !== 'false') throw invalidRequest(`Invalid boolean: ${raw}`, { code: 'parameter_invalid_boolean', param: name });
    return raw === 'true';
  }

  oneOf<T extends string>(name: string, values: readonly T[]): T | undefined {
    const raw = this.string(name);
    if (raw === undefined) return undefined;
    if (!values.includes(raw as T)) throw invalidRequest(`Invalid ${name}: must be one of ${values.join(', ')}`, { code: 'parameter_invalid_string', param: name });
    return raw as T;
  }

  currency(): string {
    const raw = this.string('currency', true);
    if (!/^[a-z]{3}$/.test(raw)) throw invalidRequest(`Invalid currency: ${raw}. Stripe currently supports these currencies: usd, eur, gbp, …`, { param: 'currency' });
    return raw;
  }

  object(name: string): FormObject | undefined {
    const value = this.values[name];
    if (value === undefined || value === '') return undefined;
    if (typeof value !== 'object' || Array.isArray(value)) throw invalidRequest(`Invalid object: ${name}`, { code: 'parameter_invalid_object', param: name });
    return value;
  }

  metadata(): Metadata {
    const entries = Object.entries(this.object('metadata') ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string');
    return Object.fromEntries(entries);
  }
}

/** A nested form value as a string, for reads like `automatic_payment_methods[allow_redirects]`. */
export const nestedString = (value: FormValue | undefined) => (typeof value === 'string' ? value : undefined);
