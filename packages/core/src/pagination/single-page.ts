/** Single response (Huawei): one response holds every session, so there is never a next page. */
export function noNextPage(): undefined {
  return undefined;
}
