/**
 * Check-ins on Redis (STORAGE=redis), shared by every instance: a sorted set of due times, a sorted set
 * of leases, the jobs and a conversation index in hashes. Each operation is one Lua script, so claiming
 * is atomic: of several instances polling at once, exactly one gets a due check-in. Everything is in
 * Redis, so a restart of every instance loses nothing, and neither does a restart of Redis when it
 * persists (append-only file, as compose.yaml runs it).
 */
import type { Redis } from 'ioredis';
import { StorageUnavailableError } from '../state/redisStorage';
import type { CheckInClaim, CheckInJob, CheckInStore } from './checkInStore';

// KEYS: 1 due, 2 leases, 3 tokens, 4 jobs, 5 byConversation.
const REMOVE_OLD = `
local function remove(id)
  redis.call('ZREM', KEYS[1], id)
  redis.call('ZREM', KEYS[2], id)
  redis.call('HDEL', KEYS[3], id)
  redis.call('HDEL', KEYS[4], id)
end
`;

// ARGV: 1 conversation key, 2 job id, 3 job JSON, 4 due time.
const PUT = `${REMOVE_OLD}
local old = redis.call('HGET', KEYS[5], ARGV[1])
if old then remove(old) end
redis.call('HSET', KEYS[4], ARGV[2], ARGV[3])
redis.call('ZADD', KEYS[1], ARGV[4], ARGV[2])
redis.call('HSET', KEYS[5], ARGV[1], ARGV[2])
return 1
`;

// ARGV: 1 conversation key.
const REMOVE_CONVERSATION = `${REMOVE_OLD}
local old = redis.call('HGET', KEYS[5], ARGV[1])
if not old then return 0 end
remove(old)
redis.call('HDEL', KEYS[5], ARGV[1])
return 1
`;

// ARGV: 1 now, 2 lease until, 3 limit, 4 token. Expired leases are due again first.
const CLAIM_DUE = `
local expired = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', ARGV[1])
for _, id in ipairs(expired) do
  redis.call('ZREM', KEYS[2], id)
  redis.call('HDEL', KEYS[3], id)
  redis.call('ZADD', KEYS[1], ARGV[1], id)
end
local ids = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[3]))
local claimed = {}
for _, id in ipairs(ids) do
  redis.call('ZREM', KEYS[1], id)
  local job = redis.call('HGET', KEYS[4], id)
  if job then
    redis.call('ZADD', KEYS[2], ARGV[2], id)
    redis.call('HSET', KEYS[3], id, ARGV[4])
    table.insert(claimed, job)
  end
end
return claimed
`;

// ARGV: 1 job id, 2 token, 3 conversation key.
const FINISH = `
if redis.call('HGET', KEYS[3], ARGV[1]) ~= ARGV[2] then return 0 end
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('HDEL', KEYS[3], ARGV[1])
redis.call('HDEL', KEYS[4], ARGV[1])
if redis.call('HGET', KEYS[5], ARGV[3]) == ARGV[1] then redis.call('HDEL', KEYS[5], ARGV[3]) end
return 1
`;

// ARGV: 1 job id, 2 token, 3 job JSON, 4 due time.
const RETRY_AT = `
if redis.call('HGET', KEYS[3], ARGV[1]) ~= ARGV[2] then return 0 end
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('HDEL', KEYS[3], ARGV[1])
redis.call('HSET', KEYS[4], ARGV[1], ARGV[3])
redis.call('ZADD', KEYS[1], ARGV[4], ARGV[1])
return 1
`;

export class RedisCheckInStore implements CheckInStore {
  private readonly keys: string[];

  constructor(
    private readonly redis: Redis,
    keyPrefix: string,
  ) {
    const base = `${keyPrefix}checkins:`;
    this.keys = ['due', 'leases', 'tokens', 'jobs', 'byConversation'].map((k) => `${base}${k}`);
  }

  async put(job: CheckInJob): Promise<void> {
    await this.eval(PUT, job.conversationKey, job.id, JSON.stringify(job), String(job.dueAt));
  }

  async forConversation(conversationKey: string): Promise<CheckInJob | undefined> {
    const id = await this.call(() => this.redis.hget(this.keys[4]!, conversationKey));
    if (!id) return undefined;
    const json = await this.call(() => this.redis.hget(this.keys[3]!, id));
    return json ? (JSON.parse(json) as CheckInJob) : undefined;
  }

  async removeConversation(conversationKey: string): Promise<boolean> {
    return (await this.eval(REMOVE_CONVERSATION, conversationKey)) === 1;
  }

  async claimDue(now: number, leaseUntil: number, limit: number, token: string): Promise<CheckInClaim[]> {
    const jobs = (await this.eval(CLAIM_DUE, String(now), String(leaseUntil), String(limit), token)) as string[];
    return jobs.map((json) => ({ job: JSON.parse(json) as CheckInJob, token }));
  }

  async finish(claim: CheckInClaim): Promise<void> {
    await this.eval(FINISH, claim.job.id, claim.token, claim.job.conversationKey);
  }

  async retryAt(claim: CheckInClaim, at: number, attempts: number): Promise<void> {
    const job: CheckInJob = { ...claim.job, dueAt: at, attempts };
    await this.eval(RETRY_AT, job.id, claim.token, JSON.stringify(job), String(at));
  }

  async size(): Promise<number> {
    return this.call(() => this.redis.hlen(this.keys[3]!));
  }

  private eval(script: string, ...args: string[]): Promise<unknown> {
    return this.call(() => this.redis.eval(script, this.keys.length, ...this.keys, ...args));
  }

  private async call<T>(command: () => Promise<T>): Promise<T> {
    try {
      return await command();
    } catch (error) {
      throw new StorageUnavailableError(`Redis is unavailable: ${(error as Error).message}`);
    }
  }
}
