import { Skeleton, SkeletonItem } from "@fluentui/react-components";

export function CardSkeleton() {
  return (
    <Skeleton aria-label="Loading">
      <SkeletonItem size={24} />
      <SkeletonItem size={16} />
      <SkeletonItem size={16} />
    </Skeleton>
  );
}
