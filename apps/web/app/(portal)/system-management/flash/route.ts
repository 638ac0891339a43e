import { cookies } from 'next/headers';
import { FLASH_COOKIE } from '@/lib/flash';

export const dynamic = 'force-dynamic';

/** FlashBanner calls this once its message is on screen: the message is shown once only. */
export async function DELETE() {
  (await cookies()).delete(FLASH_COOKIE);
  return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
}
