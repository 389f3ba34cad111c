/** Drives a symptom check to a self-care result and accepts the check-in offer, over any channel. */
export async function checkAndPlan(send: (text: string) => Promise<string>, plan = 'In 1 week'): Promise<string> {
  let reply = '';
  for (const message of ['my calf keeps jumping', 'that’s all', 'none', 'none']) reply = await send(message);
  for (let i = 0; i < 8 && !/Your result/.test(reply); i++) reply = await send('skip');
  if (!/Shall I check in/.test(reply)) throw new Error(`no check-in offered:\n${reply}`);
  return send(plan);
}
