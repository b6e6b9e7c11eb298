import type { AppContext } from '../../../context';
import { inTransaction } from '../../../db/transaction';
import { conflict, notFound } from '../../../errors';
import { checkAddress } from './address-check';
import type { ShippingAddress } from './addresses.schemas';
import { type SavedAddress, countSavedAddresses, deleteSavedAddress, insertSavedAddress, lockAddressBook } from './saved-addresses.repository';

/** An address book, not an archive: a handful of places one ships to. */
export const MAX_SAVED_ADDRESSES = 10;

export async function saveAddress(ctx: AppContext, userId: string, given: ShippingAddress): Promise<SavedAddress> {
  const address = checkAddress(given);
  return inTransaction(ctx.db, async (trx) => {
    await lockAddressBook(trx, userId);
    if ((await countSavedAddresses(trx, userId)) >= MAX_SAVED_ADDRESSES) {
      throw conflict('too_many_addresses', `You can save at most ${MAX_SAVED_ADDRESSES} addresses: delete one first`);
    }
    return insertSavedAddress(trx, ctx.keyring, userId, address, ctx.clock.now());
  });
}

/** Deleting someone else's address (or one already gone) is a 404. Orders keep their own copies. */
export async function removeAddress(ctx: AppContext, userId: string, id: string): Promise<void> {
  if (!(await deleteSavedAddress(ctx.db, userId, id))) throw notFound('Address');
}
