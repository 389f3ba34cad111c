/** Bot Framework message activities as a channel posts them, for the HTTP and start-up benchmarks. */
export function messageActivity(text: string, conversation: number, id: number): string {
  return JSON.stringify({
    type: 'message',
    id: `bench-${id}`,
    text,
    channelId: 'msteams',
    serviceUrl: 'https://smba.trafficmanager.net/amer/',
    deliveryMode: 'expectReplies',
    from: { id: `29:bench-user-${conversation}`, name: 'Bench' },
    recipient: { id: '28:nutribot', name: 'NutriBot' },
    conversation: { id: `a:bench-${conversation}`, conversationType: 'personal' },
    locale: 'en-US',
  });
}
